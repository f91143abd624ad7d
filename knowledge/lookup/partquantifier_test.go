package lookup

import "testing"

// TestPartQuantified: a question asking an act of every member of a set
// ("all the drivers") is answered No by a sentence telling it of a part
// ("most of the drivers", "two of the buses"), and a sentence telling it
// of all, or "some" meaning "about", gives no such No.
func TestPartQuantified(t *testing.T) {
	e := engineOf(t, "Bus drivers get raise in Fenwick\n\nFENWICK, Ind. (AP) — Most of the city's bus drivers will get a raise of 4% under a contract approved Monday, the transit agency said.\n\nTwo of the agency's nine buses were pulled from service for repairs. All of the mechanics received a bonus in March. Some 40 riders attended the meeting.\n")
	checkOpenings(t, e, []openingCase{
		{"will all the bus drivers get a raise", "No —", []string{"Most of the city's bus drivers"}, nil},
		{"were all the buses pulled from service", "No —", []string{"Two of the agency's nine buses"}, nil},
		{"did all the mechanics get a bonus", "Yes —", []string{"All of the mechanics"}, nil},
		{"did every rider attend the meeting", "", nil, []string{"No —"}},
	})
}

// TestRestrictedSetIsNoWhole checks that "all students" asked of a
// sentence that tells the act of "middle school students" only is No,
// while the restricted set itself is Yes, on a short article written for
// this test.
func TestRestrictedSetIsNoWhole(t *testing.T) {
	e := engineOf(t, "District cuts sports\n\nSALEM, Ore. (AP) — The Salem school board voted Monday to end sports for middle school students to save $2 million.\n")
	checkAnswers(t, e, []answerCase{
		{"are sports ending for all students", []string{"No"}, []string{"Yes"}},
		{"are sports ending for middle school students", []string{"Yes"}, nil},
	})
}
