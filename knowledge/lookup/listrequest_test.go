package lookup

import (
	"testing"

	"storybot/knowledge"
)

// mainBreak is a short article written for this test, in no question set:
// a town's measures after a water main break, told as a run of sentences
// with the town as subject, then a pronoun and "also", and a quotation
// that says "help" without telling any measure.
const mainBreak = `Water main break leaves Orrin Falls dry

ORRIN FALLS, Vt. (AP) — A water main burst under Mill Street in Orrin Falls on Sunday, leaving about 3,000 homes without running water.

"We know people are frustrated, and we want to help," said Town Manager Clara Voss.

The town will hand out bottled water at the fire station each morning. It will also open the school gym so residents can shower, and the town has asked a state lab to test the reservoir.

The town is also waiving water bills for March, Voss said.

Crews expect to finish the repair by Thursday.
`

// "…, list it" asks the form of the answer, so "list" and "it" are no
// words to find, and the answer gives every measure of the run with the
// asked body as subject (Halliday and Hasan, cohesion by reference,
// repetition and additive "also").
func TestListRequestGivesTheRunOfActs(t *testing.T) {
	e := engineOf(t, mainBreak)
	checkAnswers(t, e, []answerCase{
		{"what is the town doing for residents, list it", []string{"bottled water", "school gym", "state lab", "waiving water bills"}, []string{"Crews expect"}},
		{"whats the town doing for people - list them all", []string{"bottled water", "waiving water bills"}, nil},
	})
	// "doing about X" names a topic the answer must hold: the town's
	// measures say nothing of the repair
	checkAnswers(t, e, []answerCase{
		{"what is the town doing about the repair, list it", nil, []string{"bottled water"}},
	})
	if a := ask(t, e, knowledge.Question{Text: "what is the town doing about potholes, list it"}); a.Found {
		t.Errorf("potholes: want a refusal, got %s", a.Text)
	}
}

// The request is a closing imperative after a mark or a conjunction; a
// question whose verb is "name" keeps it.
func TestDropListRequest(t *testing.T) {
	for _, c := range []struct {
		in, out string
		list    bool
	}{
		{"what is the city doing to help, list it", "what is the city doing to help", true},
		{"what are the measures - list them all?", "what are the measures", true},
		{"what steps did they take and name them", "what steps did they take", true},
		{"what did they name it", "what did they name it", false},
		{"list them", "list them", false},
	} {
		if out, list := dropListRequest(c.in); out != c.out || list != c.list {
			t.Errorf("dropListRequest(%q) = %q, %v; want %q, %v", c.in, out, list, c.out, c.list)
		}
	}
}

// blossomFrost is a short article written for this test, in no question
// set: the body asked is the subject of one sentence and named as an
// object or a sayer in others that repeat the question's clause of time.
const blossomFrost = `Late frost hits apple orchards

WENDELL, Mich. (AP) — A late frost hit Harlan County's apple orchards on April 20, killing most of the blossoms, growers said.

Growers had lit smudge pots through three nights to save what they could.

Two days after the frost hit, the county asked growers to report their losses.
`

func TestDidActorSubjectFirst(t *testing.T) {
	e := engineOf(t, blossomFrost)
	checkAnswers(t, e, []answerCase{
		// "growers" is the subject of "had lit", not the sayer of the lead or the county's object
		{"what did growers do after the frost hit", []string{"smudge pots"}, nil},
	})
	if got := actorHead("what did the growers do after the frost"); got != "growers" {
		t.Errorf("actorHead = %q, want growers", got)
	}
	if got := actorHead("what did they do after the frost"); got != "" {
		t.Errorf("actorHead of a pronoun = %q, want none", got)
	}
}

func TestDidActorUnheldRefused(t *testing.T) {
	e := engineOf(t, blossomFrost)
	// the smudge pots are the growers', and no sentence with the county tells them
	if a := answerOf(t, e, "what did the county do about the smudge pots"); a.Found {
		t.Errorf("want refused, got %q", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"what did growers do about the blossoms", []string{"blossoms"}, nil}, // the lead writes the growers
	})
}
