package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// marlowResults is a short article written for these tests, in no
// question set: a sum whose noun names the act a question asks by its
// verb ("profit": what was earned).
const marlowResults = `Marlow Foods posts higher profit

AUSTIN, Texas (AP) — Marlow Foods Inc. said Tuesday that it will close two bakeries in Ohio that it bought last year.

Marlow reported a profit of $52 million last year, up from $47 million the year before.

The company cut 300 jobs last year. Workers at the bakeries earn about $19 an hour, the union said.
`

func TestSumsNounNamesTheAskedAct(t *testing.T) {
	e := engineOf(t, marlowResults)
	checkOpenings(t, e, []openingCase{
		// a profit is earnings (WordNet), the derived noun of "earn"
		{"how much did marlow earn last year", "$52 million", nil, nil},
		// the verb itself still answers for the workers
		{"how much do the bakery workers earn", "About $19", nil, nil},
	})
	// a time the sentence does not give still refuses
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "how much did marlow earn in 2015"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Found {
		t.Errorf("want a refusal, got:\n%s", a.Text)
	}
}
