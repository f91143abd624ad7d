package lookup

import "testing"

// coachResigns is a short article written for this test, in no
// question set: the lead tells the act with its cause and gives the
// coach's post (a delayed identification, definitelead.go); the next
// paragraph names him beside a "led" that means "headed".
const coachResigns = `Basketball coach resigns

AMES, Iowa (AP) — The basketball coach at Iowa Valley College resigned Monday, two days after a 71-50 home loss to Marshalltown ended a 4-25 season, the worst in the school's history.

Ron Tibbs, 51, who had led the Warriors since 2012, gave his resignation to the athletic director.
`

// plantFire is a short article written for this test: "led to" tells a
// cause.
const plantFire = `Plant closes after fire

MOLINE, Ill. (AP) — A fire in a paint booth led to the closing of the Garvey Tractor plant on Tuesday, the company said.

The Garvey Tractor plant employs 400 people.
`

func TestCausalLed(t *testing.T) {
	checkAnswers(t, engineOf(t, coachResigns), []answerCase{
		{"why did tibbs resign", []string{"4-25 season"}, nil},
	})
	checkAnswers(t, engineOf(t, plantFire), []answerCase{
		{"why did the plant close", []string{"paint booth"}, nil},
	})
}
