package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// courtCase is a short article written for this test, in no question set:
// a conviction and a sentencing date, for two-part questions whose second
// part opens with a contracted wh-word.
const courtCase = `Former mayor convicted of bribery

DALTON SPRINGS, Ore. (AP) — A jury on Tuesday convicted former Mayor Ray Voss of bribery for taking $30,000 from a towing company.

Judge Ann Pike set sentencing for March 9. Voss faces up to 10 years in prison.

The trial was held at the county courthouse in Dalton Springs.
`

// A second question after "and" may open with a wh-word contracted with
// "is" ("when's", "where's"), or its chat spelling without the apostrophe
// ("whens"): it is a question of its own, answered after the first.
func TestContractedWhWordOpensSecondPart(t *testing.T) {
	e := engineOf(t, courtCase)
	checkAnswers(t, e, []answerCase{
		{"what was he convicted of and when's he get sentenced", []string{"bribery", "March 9"}, nil},
		{"what was he convicted of and whens he get sentenced", []string{"bribery", "March 9"}, nil},
		// one question that names two things stays one
		{"who are voss and pike", []string{"Voss"}, nil},
	})
}

// titleGame is a short article written for this test, in no question set:
// several players score, and the one named the best player is not the
// first named.
const titleGame = `Harbor State wins title

DENVER (AP) — Harbor State beat Eastfield 71-64 on Sunday to win its first national championship.

Guard Rosa Lind scored 19 points and grabbed eight rebounds.

Forward Maya Cole was named the tournament's most valuable player. Cole scored 24 points and made four 3-pointers in the final.
`

// A pronoun in the second part of a question whose first part asked
// "who" refers to the person who answers it.
func TestPronounTakesFirstPartsAnswer(t *testing.T) {
	e := engineOf(t, titleGame)
	checkAnswers(t, e, []answerCase{
		{"who was named most valuable player and how many points did she score", []string{"Maya Cole", "24 points"}, []string{"19 points"}},
	})
}

// apartmentFire is a short article written for this test, in no question
// set: one sentence counts two kinds of thing rescued.
const apartmentFire = `Fire guts apartment building

SALEM, Ore. (AP) — A fire tore through a three-story apartment building early Saturday, and firefighters rescued 12 residents and four dogs from the upper floors, officials said.

Two firefighters were treated for minor burns. The building's 30 units were declared a total loss.
`

// "How many A and B …" with two plural nouns asks two counts; a word
// before "and" that is not a plural noun modifies the head, and names
// joined by "and" stay one question.
func TestHowManyCountsEachCoordinatedNoun(t *testing.T) {
	e := engineOf(t, apartmentFire)
	checkAnswers(t, e, []answerCase{
		{"how many residents and dogs were rescued", []string{"12 residents", "Four dogs"}, nil},
	})
	for _, c := range []struct {
		q    string
		want int
	}{
		{"how many kids and grandkids did he leave", 2},
		{"how many men and women were hurt", 2},
		{"how many black and white photos were sold", 1},
		{"who are smith and jones", 1},
		{"how many dogs and cats", 1},
	} {
		if got := splitParts(c.q); len(got) != c.want {
			t.Errorf("%q: parts %q, want %d", c.q, got, c.want)
		}
	}
}

// townWork is a short article written for this test, in no question set:
// two facilities reopen at different times.
const townWork = `Town to close library for repairs

ASHFORD, Vt. (AP) — The town library will close on May 4 so crews can replace its roof, the town said Monday.

The library will reopen in September. The work will cost $800,000.

The town pool, which closed last year after a pipe burst, will reopen in June.
`

// "It" in a later part, with no one named, stands for the thing the part
// before asked about.
func TestItTakesFirstPartsThing(t *testing.T) {
	e := engineOf(t, townWork)
	checkAnswers(t, e, []answerCase{
		{"what happened to the pool and when will it reopen", []string{"June"}, []string{"September"}},
		{"why is the library closing and when will it reopen", []string{"September"}, []string{"June"}},
	})
}

// The thing "it" stands for is a definite noun phrase, without the verb
// after it.
func TestDefiniteThing(t *testing.T) {
	e := engineOf(t, townWork)
	for q, want := range map[string]string{
		"how much is the parking fee":         "the parking fee",
		"why is the library closing":          "the library",
		"what does the program cost":          "the program",
		"what happened to the pool":           "the pool",
		"who are smith and jones":             "",
		"compare what the program costs with": "",
	} {
		compared := strings.HasPrefix(q, "compare")
		if got := e.definiteThing(q, compared); got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}

// ternFerry is a short article written for this test, in no question
// set: a size and a price in one sentence, asked together.
const ternFerry = `Island ferry returns

PORT ALDER, Maine (AP) — A new ferry, the Tern, began service to Gull Island on Monday.

The Tern carries up to 120 passengers. A round-trip ticket costs $18.
`

// Chat joins two questions with "&", "+", "n" or "plus" for "and", or
// sets them side by side after a period, a semicolon, or a comma before
// "how"/"what" when the part before is itself a question (Quirk et al.,
// §15.10); a clause before the comma that is no question stays an
// adverbial of the one question.
func TestJuxtaposedQuestionsSplit(t *testing.T) {
	for _, c := range []struct {
		q    string
		want int
	}{
		{"how many passengers & how much is a ticket", 2},
		{"how many passengers + how much is a ticket", 2},
		{"how many passengers n how much is a ticket", 2},
		{"how many passengers does it carry plus how much is a ticket", 2},
		{"how many passengers does it carry. how much is a ticket", 2},
		{"how many passengers does it carry; when did it start", 2},
		{"how many passengers does it carry, how much is a ticket", 2},
		{"if the ferry is full, how much is a ticket", 1},
		{"who runs st. brendan's", 1},
		{"who is the captain, who was hired in may", 1},
		{"how much is it plus tax", 1},
	} {
		if got := splitParts(c.q); len(got) != c.want {
			t.Errorf("%q: %d parts %q, want %d", c.q, len(got), got, c.want)
		}
	}
	e := engineOf(t, ternFerry)
	checkAnswers(t, e, []answerCase{
		{"how many passengers does it carry & how much is a ticket", []string{"120 passengers", "$18"}, nil},
		{"how many passengers does it carry. how much is a ticket", []string{"120 passengers", "$18"}, nil},
	})
}

// When the article answers one question of a message and not another,
// the reply says which one it leaves open (Grice's maxim of quantity: a
// bare "doesn't say" among answers would not tell which).
func TestUnansweredPartNamed(t *testing.T) {
	e := engineOf(t, ternFerry)
	checkAnswers(t, e, []answerCase{
		{"how much is a ticket and who built the ferry", []string{"$18", "On the second question, the article doesn't say"}, nil},
	})
	a, _ := e.Answer(context.Background(), knowledge.Question{Text: "who built the ferry and who designed it"})
	if a.Found || strings.Contains(a.Text, "question") {
		t.Errorf("nothing answered: want a plain not-said, got %q", a.Text)
	}
}
