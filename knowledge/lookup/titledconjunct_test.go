package lookup

import "testing"

// A formal title before the last name of a list ("… and council
// President Dana Ruiz") is part of the conjoined noun phrase: all the
// names share the verb (AP Stylebook, "titles"; Quirk et al., §13.60).
func TestTitledConjunct(t *testing.T) {
	e := engineOf(t, "Library levy goes to voters\n\nOAKDALE, Ore. (AP) — Council members Ivan Petrov, Lena Brooks and council President Dana Ruiz voted to send the library levy to voters in May.\n\nMayor Hal Greer said he would campaign for it.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who voted to send the levy to voters", first: "Ivan Petrov, Lena Brooks and Dana Ruiz"},
	})
}
