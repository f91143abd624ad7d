package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// ridgefieldPrices is a short article written for these tests, in no
// question set: a price report that gives each change twice, against the
// month before and against a year before, in one sentence, and once with
// its base fronted.
const ridgefieldPrices = `Ridgefield price growth slows in August

RIDGEFIELD, Ore. (AP) — Consumer prices in Ridgefield County rose 2.9% in August from a year earlier, the county's statistics office said Thursday.

Rents climbed 0.4% from July and 5.8% from a year ago.

Electricity bills fell 1.1% from July but are up 7.5% over the past 12 months.

From July to August, food prices rose 0.2%, the office said.
`

func TestChangePeriodAskedPicksItsFigure(t *testing.T) {
	checkOpenings(t, engineOf(t, ridgefieldPrices), []openingCase{
		// the change over a year, not the one from the month before
		{"how much have rents gone up over the year", "5.8%", nil, nil},
		{"how much did rents climb year over year", "5.8%", nil, nil},
		{"how much did rents rise from july", "0.4%", nil, nil},
		{"how much did rents rise month over month", "0.4%", nil, nil},
	})
}

func TestPeriodOfReadsTheBase(t *testing.T) {
	for _, tt := range []struct{ words, want string }{
		{"from a year ago", periodYear},
		{"over the past 12 months", periodYear},
		{"in the past year", periodYear},
		{"year over year", periodYear},
		{"from september", periodMonth},
		{"during the month", periodMonth},
		{"from 4.3% in february", periodNone}, // a starting level
		{"in october", periodNone},            // a date, no base
		{"last month", periodNone},            // a deictic time, no base
	} {
		if got := periodOf(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("periodOf(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestFrontedBaseIsTheFiguresPeriod(t *testing.T) {
	e := engineOf(t, ridgefieldPrices)
	// "From July to August, food prices rose 0.2%": a month's change,
	// which answers no question of the change over a year
	if a := ask(t, e, knowledge.Question{Text: "how much did food prices rise over the year"}).Text; strings.HasPrefix(a, "0.2%") {
		t.Errorf("a month's change given for the year's:\n%s", a)
	}
	checkOpenings(t, e, []openingCase{
		{"how much did food prices rise over the month", "0.2%", nil, nil},
	})
}
