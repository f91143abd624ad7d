package lookup

import "testing"

// A story that counts its stranded people only as "motorists".
const personNounStory = `Hundreds stuck overnight as blizzard shuts interstate

CHEYENNE, Wyo. (AP) — About 400 motorists spent the night in their cars or in emergency shelters after a blizzard closed a 160-mile stretch of Interstate 80, state officials said Wednesday.

The Red Cross opened shelters at two schools, where about 230 travelers slept on cots.

Three people were taken to a hospital with frostbite, a trooper said.
`

func TestPeopleCountedByPersonNoun(t *testing.T) {
	e := engineOf(t, personNounStory)
	checkAnswers(t, e, []answerCase{
		// a motorist is a person (noun.person), though its hypernyms run through "causal agent"
		{"how many people spent the night in their cars", []string{"400"}, nil},
	})
}
