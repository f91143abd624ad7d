package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// donorMeeting is a short article written for this test, in no question set.
const donorMeeting = `Mayor met donor during bid review

AUSTIN, Texas (AP) — Mayor Lena Cruz met with developer Tom Hale during the city's review of his bid, records show.
`

// "Did she meet him before the review" is not answered yes by "met with
// him during the review": the relations exclude each other.
func TestOtherTimeRelationIsNoYes(t *testing.T) {
	e := engineOf(t, donorMeeting)
	a := ask(t, e, knowledge.Question{Text: "did cruz meet hale before the review?"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("during is not before: %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "did cruz meet hale during the review?"})
	if !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("want yes, got %s", a.Text)
	}
}

// pondDredging is a short article written for this test, in no question set.
const pondDredging = `Town dredges mill pond

MILLBURY, Vt. (AP) — The town approved the dredging contract in April, and the draining of the mill pond began in July.

The pond was closed to boats in May after a survey found heavy silt. Public works director Ada Kurz ordered warning signs posted the same day.

The pond money ran short in August, two weeks after the draining began.
`

// A yes to an act placed against an anchor event needs a sentence that
// places it so: two coordinated clauses with their own times, or a
// sentence that never names the anchor, say nothing of "after"/"before".
func TestUnplacedAnchorIsNoYes(t *testing.T) {
	e := engineOf(t, pondDredging)
	for _, q := range []string{
		"did the town approve the contract after the draining began",
		"did kurz order the signs before the survey",
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: the act is not placed against the anchor: %s", q, a.Text)
		}
	}
	// stated with its relation to the anchor: yes
	for _, q := range []string{
		"was the pond closed to boats after a survey",
		"did the money run short after the draining began",
	} {
		if a := ask(t, e, knowledge.Question{Text: q}); !strings.HasPrefix(a.Text, "Yes") {
			t.Errorf("%q: want yes, got %s", q, a.Text)
		}
	}
}

// The anchor's own verb is no antonym stated: "did the contract end after
// the draining began" is not denied by "the draining … began in July".
func TestAnchorVerbIsNoAntonym(t *testing.T) {
	e := engineOf(t, `Town dredges mill pond

MILLBURY, Vt. (AP) — The town approved the dredging contract in April, and the draining of the mill pond began in July.
`)
	if a := ask(t, e, knowledge.Question{Text: "did the contract end after the draining began"}); strings.HasPrefix(a.Text, "No") {
		t.Errorf("began is the anchor's verb, not the contract's: %s", a.Text)
	}
}

// "What happened after the survey" is told by a sentence that places its
// event after the survey, not by the survey's own sentence.
func TestAnchoredPassageAfter(t *testing.T) {
	e := engineOf(t, `Harbor survey leads to dredging

BAYPORT, Maine (AP) — The harbor survey was finished in May after divers mapped the channel.

Three weeks after the survey was finished, the harbor board voted to dredge the channel.
`)
	for _, q := range []string{"what happened after the survey was finished", "what did the board do after the survey was finished"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if !strings.Contains(a.Text, "voted to dredge") {
			t.Errorf("%q: want the vote placed after the survey, got %s", q, a.Text)
		}
	}
}

// A time in the standard of a comparison dates the standard: "fell to
// 40, compared with 90 before the layoffs" places the fall after them.
func TestComparisonStandardTime(t *testing.T) {
	e := engineOf(t, `Diner loses lunch crowd

MILL CREEK, Ohio (AP) — Lunch orders at the Grange Diner fell to about 40 a day, compared with roughly 90 before the plant layoffs, owner Rita Moss said.
`)
	if a := ask(t, e, knowledge.Question{Text: "did lunch orders fall after the layoffs"}); !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("want yes, got %s", a.Text)
	}
	if a := ask(t, e, knowledge.Question{Text: "did lunch orders fall before the layoffs"}); strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the fall came after the layoffs: %s", a.Text)
	}
}
