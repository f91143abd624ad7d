package lookup

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"storybot/knowledge"
)

// floodedQuarryArticle is a short article written for this test, in no question
// set: a geologist named after her occupational description, a quotation
// that runs into the next paragraph with no closing marks (AP), and one
// of several sentences.
const floodedQuarryArticle = `Old quarry fills with water overnight, drawing crowds

MILLTOWN, Ohio (AP) — An abandoned limestone quarry outside Milltown filled with water overnight Friday, turning a dusty pit into a lake about 40 feet deep, county officials said.

Geologist Priya Raman said an underground spring most likely broke through a thin wall of rock. "The water was always there, waiting behind the stone," she said. "Quarries do this more often than people think.

"It will take weeks before anyone knows whether the level holds."

Sheriff Dale Munro closed the road to the quarry on Saturday. "It is beautiful, and it is cold enough to kill a swimmer in minutes. Stay out," Munro said.
`

func TestBalancedQuotes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`"Quarries do this more often than people think.`, `"Quarries do this more often than people think."`},
		{`Stay out," Munro said.`, `"Stay out," Munro said.`},
		{`"It is cold," he said.`, `"It is cold," he said.`},
		{`No quotation here.`, `No quotation here.`},
		{"\u201cIt runs on.", "\u201cIt runs on.\u201d"},
		{`She called it a "lake" and left.`, `She called it a "lake" and left.`},
	} {
		if got := balancedQuotes(tt.in); got != tt.want {
			t.Errorf("balancedQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestQuotationShownClosed: every quotation the answer shows closes, and
// each one stands verbatim in the article.
func TestQuotationShownClosed(t *testing.T) {
	e := engineOf(t, floodedQuarryArticle)
	quoted := regexp.MustCompile(`"([^"]+)"`)
	for _, q := range []string{"what did raman say", "what did the geologist say", "how did raman describe the quarry"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Text, "Quarries do this") {
			t.Errorf("%q: want Raman's words:\n%s", q, a.Text)
		}
		if strings.Count(a.Text, `"`)%2 != 0 {
			t.Errorf("%q: an unpaired quotation mark:\n%s", q, a.Text)
		}
		for _, m := range quoted.FindAllStringSubmatch(a.Text, -1) {
			if span := strings.Trim(m[1], " .,"); !strings.Contains(floodedQuarryArticle, span) {
				t.Errorf("%q: %q is not the article's", q, span)
			}
		}
	}
}

// TestDescribeAsksWords: "how did X describe Y" asks X's words, not a
// manner.
func TestDescribeAsksWords(t *testing.T) {
	e := engineOf(t, floodedQuarryArticle)
	checkOpenings(t, e, []openingCase{
		{"how did the geologist describe the water", "Priya Raman said:", []string{"waiting behind the stone"}, nil},
		{"how did munro describe the quarry", "Dale Munro said:", []string{"beautiful"}, nil},
	})
}
