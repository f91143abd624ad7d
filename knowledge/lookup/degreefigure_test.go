package lookup

import "testing"

// TestDegreeFigure checks, on short articles written for this test, that
// "how much" with a comparative takes the measure phrase before the
// comparative, whether the article writes the same comparative or a
// synonym, as a percentage or an amount, and not another figure of its
// sentence; a comparative the article writes only as its base ("the old
// one") finds nothing.
func TestDegreeFigure(t *testing.T) {
	budget := engineOf(t, "Harbor City approves $88 million budget\n\n"+
		"HARBOR CITY, Maine (AP) — The Harbor City Council voted 7-2 on Monday to approve an $88 million budget for next year.\n\n"+
		"The plan is 3.2% bigger than the current budget, largely because of higher pension costs, finance director Amy Rusk said.\n\n"+
		"The new police station will be $4 million more expensive than the council first estimated, she said. The station's tower will stand 20 feet taller than the old one.\n")
	checkOpenings(t, budget, []openingCase{
		{q: "how much larger is the budget than this year's", first: "3.2%"},
		{q: "how much bigger is the budget", first: "3.2%"},
		{q: "how much more expensive is the police station", first: "$4 million"},
		{q: "how much taller is the tower", first: "20 feet"},
	})
	checkWantOrRefused(t, budget, []wantCase{{"how much older is the tower", ""}})
	harvest := engineOf(t, "Cranberry growers report a record harvest\n\n"+
		"WAREHAM, Mass. (AP) — Massachusetts cranberry growers brought in about 2.4 million barrels this fall, a harvest 12 percent larger than last year's, the state growers' association said Wednesday.\n\n"+
		"Prices paid to growers fell, however. The average price of $31 a barrel was 9% lower than in 2024, said association director Paul Medeiros.\n")
	checkOpenings(t, harvest, []openingCase{
		{q: "how much lower was the price", first: "9%"},
		{q: "how much bigger was the harvest", first: "12 percent"},
	})
}
