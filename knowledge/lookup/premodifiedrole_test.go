package lookup

import "testing"

// millbrookPrices is a short article written for these tests, in no
// question set: two economists, one introduced with an article ("an
// economist at"), the other with a premodified role and no article
// ("chief economist at"), as AP style writes a title after a name.
const millbrookPrices = `Millbrook prices rise 2.8% in June

MILLBROOK, Vt. (AP) — Consumer prices in Millbrook rose 2.8% in June from a year earlier, the state's statistics office said Wednesday.

"Rents are doing most of the damage," said Priya Olander, chief economist at Granite Savings Bank in Burlington.

Dale Whitcomb, an economist at the Pemberton Institute, said fuel costs had eased. "Drivers finally got a break," Whitcomb said.

Grocery chain Fairway Foods is cutting prices on 300 items, said Lucia Brandt, vice president of marketing for the chain.
`

func TestPremodifiedRoleAppositive(t *testing.T) {
	e := engineOf(t, millbrookPrices)
	checkOpenings(t, e, []openingCase{
		// "chief economist at …" after the name is her role
		{"who is priya olander", "Priya Olander is the chief economist at Granite Savings Bank", nil, nil},
		{"who is lucia brandt", "Lucia Brandt is the vice president of marketing", nil, nil},
	})
	checkOpenings(t, e, []openingCase{
		// the bank names which economist: Olander, not the one the
		// article calls "an economist"
		{"what did the granite savings bank economist say", "Priya Olander", []string{"Rents"}, []string{"Drivers"}},
	})
}

func TestRolePremodifiersAreContentWords(t *testing.T) {
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"", true},
		{"chief ", true},
		{"vice ", true},
		{"senior research ", true},
		{"worked as ", false},
		{"who is ", false},
	} {
		if got := rolePremodifiers(tt.words); got != tt.want {
			t.Errorf("rolePremodifiers(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
