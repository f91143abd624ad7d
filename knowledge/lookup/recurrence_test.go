package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// kilnCollapse is a short article written for this test, in no question set.
const kilnCollapse = `Roof of old brick kiln collapses in Ohio village

MILLTOWN, Ohio (AP) — The roof of a brick kiln built in 1889 collapsed Monday, scattering bricks across a village park, officials said.

It was the second collapse at the kiln since 2016, when part of its chimney fell in a storm.

The village will decide on Oct. 4 whether to tear the kiln down.
`

// lockKeeper is another, whose dating sentence follows the count.
const lockKeeper = `Canal lock jams again in Vermont

BRISTOL, Vt. (AP) — A gate on the Bristol canal lock jammed shut Friday, stranding nine boats for most of the day.

It is the lock's third breakdown in four years. In 2022, a cracked hinge kept the gate closed for a week.

The state plans to replace the gate next spring.
`

// An ordinal of recurrence answers "has this happened before" (yes) and
// "is this the first" (no), with the sentence that dates the earlier
// occasion.
func TestRecurrenceAnswersHistory(t *testing.T) {
	e := engineOf(t, kilnCollapse)
	checkOpenings(t, e, []openingCase{
		{q: "has this happened before?", first: "Yes"},
		{q: "is this the first time the kiln collapsed", first: "No"},
	})
	l := engineOf(t, lockKeeper)
	a := ask(t, l, knowledge.Question{Text: "has the lock jammed before"})
	if !strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, "2022") {
		t.Errorf("the lock broke down in 2022: %s", a.Text)
	}
}

// The count and its span are read only as an ordinal of recurrence: a
// "second" that is no postdeterminer, or one with no span, says nothing.
func TestRecurrenceOrdinal(t *testing.T) {
	for text, want := range map[string]bool{
		"It was the second collapse at the kiln since 2016.":   true,
		"It is the lock's third breakdown in four years.":      true,
		"It was the third straight year of floods.":            true,
		"The second gate held.":                                false,
		"He waited a second before the gate closed in 2016.":   false,
		"The second stage shut down, and since 2016 it flies.": false,
	} {
		s := sentenceOf(t, text)
		if got := recurrenceOrdinal(s) >= 0; got != want {
			t.Errorf("%q: recurrence %v, want %v", text, got, want)
		}
	}
}

// A question that names a year asks of a time before it, not of the
// story's, and one about another thing is not told the story's history.
func TestRecurrenceNotAsked(t *testing.T) {
	e := engineOf(t, kilnCollapse)
	a := ask(t, e, knowledge.Question{Text: "has the mayor ever been sued before"})
	if strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("the mayor's history is not the kiln's: %s", a.Text)
	}
}

// "Has this happened before? when" is told the dated earlier occasion.
func TestRecurrenceTime(t *testing.T) {
	e := engineOf(t, lockKeeper)
	a := ask(t, e, knowledge.Question{Text: "has this happened there before? when"})
	if !strings.HasPrefix(a.Text, "Yes") || !strings.Contains(a.Text, "2022") {
		t.Errorf("the lock broke down in 2022: %s", a.Text)
	}
}

// "Was she the first …" asks of a person, not whether the event recurred.
func TestRecurrenceFirstOfPerson(t *testing.T) {
	e := engineOf(t, "Kiln keeper honored\n\nMILLTOWN, Ohio (AP) — Ada Brook was named keeper of the village kiln Monday.\n\nIt was the third straight year the village named a keeper.\n")
	if a := ask(t, e, knowledge.Question{Text: "was ada brook the first woman named keeper"}); strings.HasPrefix(a.Text, "No") {
		t.Errorf("the count is of the naming, not of women: %s", a.Text)
	}
}
