package lookup

import "testing"

// A cup final whose lead tells the result with a verb of defeat, whose
// later paragraph tells an earlier meeting the other way round, and an
// election told by a supplementive -ing clause.
const cupFinalStory = `Harbor City edges Millport for first cup title

PORTSMOUTH, N.H. (AP) — Dana Ruiz scored twice in the second half, including the winner from 20 yards with four minutes left, and Harbor City rallied from two goals down to beat top-seeded Millport 3-2 on Saturday night in the state cup final before a record crowd.

Millport had won 11 straight games and beat Harbor City 4-0 in April.

In the other semifinal last week, the Dover Owls were beaten by Keene 2-0.

"We knew they would come at us," Ruiz said.
`

const mayorRaceStory = `Quist wins Dover mayor's race

DOVER, Del. (AP) — Teacher Ana Quist won the Dover mayor's race on Tuesday, defeating two-term Mayor Dennis Farrow by 412 votes.

Farrow conceded late Tuesday. Turnout was 31%, City Clerk Joan Pike said.
`

func TestWhoBeatWhom(t *testing.T) {
	e := engineOf(t, cupFinalStory)
	checkAnswers(t, e, []answerCase{
		// the object of the defeat Harbor City is subject of, an
		// unrecognised capitalised name
		{"who did harbor city beat", []string{"Millport."}, []string{"Dana Ruiz."}},
		// the subject of the defeat Millport is object of, not April's converse
		{"who beat millport", []string{"Harbor City."}, nil},
		{"who did millport lose to", []string{"Harbor City."}, nil},
		// a bare "who lost" and one of a contest: the lead's loser
		{"who lost", []string{"Millport."}, nil},
		{"who lost the final", []string{"Millport."}, nil},
		// the other side, whichever won
		{"who did harbor city play", []string{"Millport."}, nil},
		{"who did millport play", []string{"Harbor City."}, nil},
		// a passive turns the parties round; the contest named picks the sentence
		{"who won the other semifinal", []string{"Keene."}, []string{"Dover Owls."}},
	})
	// a lead that tells no defeat leaves a bare "who lost" to no later result
	e = engineOf(t, "Owls fall in semifinal\n\nDOVER, N.H. (AP) — Dover's season ended Saturday with a 2-0 semifinal loss at Keene.\n\nDover had beaten Nashua 3-1 in the quarterfinal.\n")
	checkAnswers(t, e, []answerCase{{"who lost", nil, []string{"Nashua."}}})
	e = engineOf(t, mayorRaceStory)
	checkAnswers(t, e, []answerCase{
		// the -ing clause's subject is the sentence's own
		{"who did quist beat", []string{"Dennis Farrow."}, nil},
		{"who did quist run against", []string{"Dennis Farrow."}, nil},
		{"who lost the mayor's race", []string{"Dennis Farrow."}, []string{"Joan Pike"}},
	})
}

func TestBareWhoWonTakesTheLeadsResult(t *testing.T) {
	e := engineOf(t, cupFinalStory)
	checkAnswers(t, e, []answerCase{
		// "who won" names nothing but its act: the story's own, not "Millport had won 11 straight"
		{"who won", []string{"Harbor City."}, []string{"Millport had won", "Dana Ruiz."}},
	})
}
