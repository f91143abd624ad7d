package lookup

import "testing"

// "The injured", "the dead": an adjective heading a noun phrase names
// people, and the name after its copula or "included" answers a passive
// who-question, as one among others when "among" or "include" says so.
func TestAdjectiveHeadNamesWhoUnderwentIt(t *testing.T) {
	e := engineOf(t, `Tour bus overturns near Flagstaff; 3 dead, 20 hurt

FLAGSTAFF, Ariz. (AP) — A tour bus carrying retirees from Nevada overturned on Interstate 40 on Thursday afternoon, the Arizona Department of Public Safety said.

Among those killed was the bus driver, Harold Finch, 61, of Henderson. She said the company would cover the funeral costs for the injured passengers' families.

The injured included tour guide Maria Esposito, who was flown to a hospital in Phoenix.
`)
	checkOpenings(t, e, []openingCase{
		{"who was killed", "Harold Finch, among others", []string{"¶2"}, nil},
		{"who was injured", "Maria Esposito", []string{"¶3"}, nil},
	})
}
