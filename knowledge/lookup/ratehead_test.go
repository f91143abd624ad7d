package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// harborJobs is a short article written for these tests, in no question
// set: rates given as percentages, each in a long sentence beside a short
// one that shares the rate's modifier but gives no percentage.
const harborJobs = `Harbor County adds jobs as unemployment rate falls to 3.9%

PELL HARBOR, Maine (AP) — Employers in Harbor County added 1,200 jobs in May, and the unemployment rate fell to 3.9% from 4.2% in April, the county's labor office said Thursday.

About 2,300 people were unemployed.

The county's savings bank kept its mortgage rate at 6.4% for a third month, its president, Odile Marchand, said.

The bank has 14 branches.
`

// harborTax is a short article written for these tests: a rate the
// article gives in money, changed by a percentage.
const harborTax = `Pell Harbor raises property tax

PELL HARBOR, Maine (AP) — The town council voted Monday to raise the property tax rate by 2.5%, from $14.20 to $14.56 per $1,000 of assessed value.

Property owners will pay the new tax from July.
`

func TestRateAskedIsItsPercentage(t *testing.T) {
	checkOpenings(t, engineOf(t, harborJobs), []openingCase{
		// the rate's value, not the shorter sentence about the unemployed
		{"whats the unemployment rate", "3.9%", nil, []string{"2,300"}},
		{"what's the unemployment rate now", "3.9%", nil, []string{"2,300"}},
		{"what is the rate of unemployment", "3.9%", nil, []string{"2,300"}},
		// "the bank's rate" is the mortgage rate, not the bank's branches
		{"what is the bank's mortgage rate", "6.4%", nil, []string{"14 branches"}},
	})
}

func TestRateInMoneyIsLeftToThePassage(t *testing.T) {
	e := engineOf(t, harborTax)
	a := ask(t, e, knowledge.Question{Text: "whats the property tax rate now"}).Text
	if !strings.Contains(a, "$14.56") || strings.HasPrefix(a, "2.5%") {
		t.Errorf("a rate given in money is not the percentage of its change:\n%s", a)
	}
}

func TestRateAskedReadsTheCopularQuestion(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what is the unemployment rate", true},
		{"what was the rate of inflation", true},
		{"what is the jobless rate right now", true},
		{"what did the bank do to its rate", false},
		{"what is the rate the bank set", false},
		{"why did the rate fall", false},
	} {
		if got := rateAsked(strings.Fields(tt.q)); got != tt.want {
			t.Errorf("rateAsked(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
