package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// hail is a short article written for these tests, in no question set: a
// count next to its verb and one next to another act, a partitive and its
// whole stated again, a partitive of a named set, a count told as an
// adverb, and a measure beside a date.
const hail = `Hailstorm flattens crops near Dover

DOVER, Del. (AP) — A hailstorm tore through Kent County on Monday, wrecking 64 farms and cutting power to about 9,000 customers, officials said.

Warnings went out for about 3,500 farms across the county an hour before the storm.

Nine of the 11 shelters opened by the county were full by nightfall. The county runs 11 shelters in all.

The Delaware National Guard sent all 14 of its Humvees to the county.

Utility crews expect full restoration by June 14. By Tuesday night power was 40% restored.

At a charity game that evening, Dana Webb, who had 14 goals last season, scored twice to raise $2,000 for the farmers.
`

// askAll asks each question of an article and checks the answers.
func askAll(t *testing.T, article string, tests []struct {
	q         string
	want, not []string
}) {
	t.Helper()
	e := engineOf(t, article)
	for _, tt := range tests {
		ans, err := e.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		low := strings.ToLower(ans.Text)
		for _, w := range tt.want {
			if !strings.Contains(low, strings.ToLower(w)) {
				t.Errorf("%q: answer lacks %q: %s", tt.q, w, ans.Text)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(low, strings.ToLower(w)) {
				t.Errorf("%q: answer says %q: %s", tt.q, w, ans.Text)
			}
		}
	}
}

func TestNumberOfTheAct(t *testing.T) {
	askAll(t, hail, []struct {
		q         string
		want, not []string
	}{
		// the number whose verb is the question's, or one WordNet link
		// from it ("wrecking" for "destroyed"), not the one warned about
		{"how many farms were destroyed", []string{"64 farms"}, []string{"3,500"}},
		// "scored twice" counts the goals she scored; "14 goals" were another season's
		{"how many goals did webb score", []string{"twice. at"}, nil},
		// the whole, stated for itself, not the partitive's part
		{"how many shelters?", []string{"11 shelters in all"}, []string{"nine"}},
		// a question about the part: the part
		{"how many shelters were full", []string{"nine"}, nil},
		// a partitive of a named set: "all 14 of its Humvees" counts Humvees
		{"how many humvees does the guard have", []string{"14"}, nil},
		// a bare noun asks its value, not the date it is expected by
		{"restoration?", []string{"40%"}, nil},
	})
}

// A count after "including" has no verb before it: the marginal
// preposition heads no clause (Quirk et al., §9.6), so its WordNet
// neighbours ("see", "consider") do not make the part the act asked.
func TestIncludingIsNoVerb(t *testing.T) {
	e := engineOf(t, `Geese crowd refuge on early migration

Visitors to the Marsh Hollow refuge reported 5,200 geese over the weekend, including about 700 snow geese, a species seldom seen this far east in November.

The refuge opened its east trail on Saturday.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how many geese did visitors see", first: "5,200"},
		{q: "how many snow geese were there", first: "About 700"},
	})
}
