package lookup

import "testing"

func TestNamingSentence(t *testing.T) {
	e := engineOf(t, "Town picks name for new library\n\nMILLBROOK, Iowa (AP) — A library opening next year in Millbrook will honor a retired teacher, the Millbrook Library District board said Monday.\n\nThe board voted to call the $12 million building Alma Reyes Library.\n\nThe merged bakery will keep the Hollis name, the owners said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what will the new library be called", first: "Alma Reyes Library"},
		{q: "what will the merged bakery be called", first: "Hollis"},
	})
}
