package lookup

import (
	"strings"
	"testing"
)

// heaterRecall is a short article written for this test, in no question
// set: the story's own recall, another recall the same paragraph's later
// sentence mentions in Canada, and an earlier recall of another product.
const heaterRecall = `Corlan recalls 50,000 space heaters over fire risk

MINNEAPOLIS (AP) — Corlan Appliance Co. is recalling about 50,000 space heaters because a loose wire behind the control panel can overheat and start a fire, even when the heater is switched off, and it is telling owners to stop using them until a repair kit arrives in the mail.

Another 4,000 heaters are being recalled in Canada.

Owners should unplug the heaters and ask for a refund, the company said.

Three years ago, Corlan recalled about 8,000 box fans because a rear blade guard could crack.
`

// TestComparedRecalls: "this recall" is the story's own, told by the
// lead; "the fan one" is the fan recall ("one" stands for the first
// side's head noun); "three years back" is "three years ago"; and a
// closing "which was bigger" asks what the "vs" asks.
func TestComparedRecalls(t *testing.T) {
	e := engineOf(t, heaterRecall)
	checkAnswers(t, e, []answerCase{
		{"this recall vs the fan one", []string{"50,000 space heaters", "8,000 box fans"}, []string{"4,000"}},
		{"this recall vs the fan one three years back", []string{"50,000 space heaters", "8,000 box fans"}, []string{"4,000"}},
		{"this recall vs the fan one - which was bigger?", []string{"50,000 space heaters", "8,000 box fans"}, []string{"4,000"}},
		// "back" after a span of time is "ago", not the "rear" of a thing
		{"what did corlan recall a couple years back", []string{"8,000 box fans"}, nil},
	})
	a := e.Explain("this recall vs the fan one", nil)
	if !strings.Contains(a, "the story's own subject") || !strings.Contains(a, `"the fan recall"`) {
		t.Errorf("explain does not show the two sides:\n%s", a)
	}
}

// TestSubstituteOne: "one" after a modifier stands for the head noun; a
// numeral "one", "one of" and "no one" stay.
func TestSubstituteOne(t *testing.T) {
	for _, c := range [][2]string{
		{"the seatbelt one", "the seatbelt recall"},
		{"the old one in 2019", "the old recall in 2019"},
		{"one of the others", "one of the others"},
		{"no one", "no one"},
		{"only one", "only one"},
		{"one", "one"},
	} {
		if got := substituteOne(c[0], "recall"); got != c[1] {
			t.Errorf("substituteOne(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// yearEndReport is a short article written for this test, in no
// question set: its headline uses "year", and two years' figures.
const yearEndReport = `Food bank ends year with record giving

OLEAN, N.Y. (AP) — The Olean food bank served 9,000 families this year.

It served 7,500 families last year.
`

// TestStorySideNotTime: "this year" is a time, not the story's own
// thing, even when the headline uses "year".
func TestStorySideNotTime(t *testing.T) {
	e := engineOf(t, yearEndReport)
	if got := e.storySides(comparisonParts("this year vs last year")); got[0] == thisStory {
		t.Errorf("storySides made \"this year\" the story's own side: %q", got)
	}
}
