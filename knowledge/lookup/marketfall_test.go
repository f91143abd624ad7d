package lookup

import "testing"

// TestMarketFallVerbs: market reports tell a fall by "slipped", "dipped",
// "slumped" or "sank" as well as by "fell", and each names the direction
// of its change, so "up or down" is answered "down". The article is
// written for this test, in no question set.
func TestMarketFallVerbs(t *testing.T) {
	e := engineOf(t, `Grain trader Holm to buy Lisle Milling

KANSAS CITY, Mo. (AP) — Holm Grain Co. agreed Monday to buy Lisle Milling Inc. for $820 million in cash.

Lisle shares rose 18% to $44.10, while Holm shares slipped 1.6%.

Wheat futures dipped 0.4% in Chicago trading.
`)
	checkAnswers(t, e, []answerCase{
		{"did holm shares go up or down", []string{"Down"}, []string{"Up"}},
		{"did wheat futures go up or down", []string{"Down"}, []string{"Up"}},
	})
}
