package lookup

import (
	"context"
	"testing"
	"time"

	"storybot/knowledge"
)

// riverMill is a short article written for these tests, in no question
// set: things dated by a compound adjective of age, by "N years old", by
// "N years ago" and by the year they were built, opened or founded, beside
// a person's appositive age and things the article never dates.
const riverMill = `Old river mill to close

LEWISTON, Maine (AP) — The Androscoggin paper mill will close in March, and a 58-year-old footbridge beside it will be torn down, the owner said Monday.

The mill, which was built in 1890, employs 300 people. Mayor Ann Cole, 61, said the city would help the workers.

The town green's oak is 250 years old, and the library was founded in 1901. A tooth found in the riverbank came from a mastodon that lived about 13,000 years ago.
`

func TestAgeOfAThing(t *testing.T) {
	e := engineOf(t, riverMill)
	checkAnswers(t, e, []answerCase{
		// the compound adjective premodifying the thing's noun
		{"how old is the footbridge", []string{"58 years old"}, []string{"61"}},
		// the year after a verb that begins a thing's existence, with no date to count from
		{"how old is the mill", []string{"It was built in 1890."}, []string{"61"}},
		{"how old is the library", []string{"It was founded in 1901."}, nil},
		{"how old is the oak", []string{"250 years old."}, nil},
		{"how old is the mastodon tooth", []string{"About 13,000 years old"}, nil},
		// a person's age is still the appositive's
		{"how old is the mayor", []string{"61"}, []string{"1890"}},
		// things the article gives no age
		{"how old is the city", nil, []string{"1890", "58", "250", "61"}},
		{"how old is the owner", nil, []string{"1890", "58", "250", "61"}},
	})
}

// With a publication date the year a thing began gives its age in years.
func TestAgeOfAThingFromItsYear(t *testing.T) {
	a, err := knowledge.Parse(riverMill, knowledge.Options{Published: time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	got, err := New(a, testLexicon(t)).Answer(context.Background(), knowledge.Question{Text: "how old is the mill"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "About 135 years old: it was built in 1890."; !got.Found || got.Text[:len(want)] != want {
		t.Errorf("how old is the mill: %q, want it to begin %q", got.Text, want)
	}
}

// An age in a person's appositive is not the age of a thing named after
// it, and "N years ago" after a verb of an act dates the act, not the
// thing.
func TestAgeOfAThingNotAnAct(t *testing.T) {
	e := engineOf(t, "Library names director\n\nBANGOR, Maine (AP) — Jo Park, 50, the library's new director, arrived from the Portland museum three years ago.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is the museum", nil, []string{"Three years old", "three years ago."}},
		{"how old is the library", nil, []string{"50 years old"}},
	})
}

// A hedged "ago" dates a thing by its clause's verb of origin past the
// verb's complements, but not past the joint of another clause: written
// for this test, in no question set.
func TestAgoPastComplements(t *testing.T) {
	e := engineOf(t, "Old bell rings again\n\nSALEM, Ore. (AP) — The bell was cast from melted cannons about 200 years ago, the curator said.\n\nThe tower holds a clock that a neighbor repaired about 20 years ago.\n")
	checkAnswers(t, e, []answerCase{
		{"how old is the bell", []string{"200 years"}, nil},
		{"how old is the clock", nil, []string{"20 years old"}},
	})
}
