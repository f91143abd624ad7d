package lookup

import (
	"slices"
	"testing"
)

// growersCoop is a short article written for this test, in no question
// set: a group's members counted as "farmers", another count of persons
// beside it.
const growersCoop = `Cranberry cooperative opens processing plant

WISCONSIN RAPIDS, Wis. (AP) — Badger Bog Growers, a cooperative that counts about 640 farmers across central Wisconsin, opened a $28 million processing plant Tuesday.

The plant will employ 85 workers and can handle 400,000 barrels of berries a season, the cooperative said.
`

func TestGroupMembersCountedByPersonNoun(t *testing.T) {
	e := engineOf(t, growersCoop)
	checkOpenings(t, e, []openingCase{
		// the cooperative's members are the farmers it counts
		{"how many members does the cooperative have", "About 640", nil, []string{"85"}},
		{"how many members r in the co-op", "About 640", nil, []string{"85"}},
		// other questions keep their own nouns
		{"how many workers will the plant employ", "85", nil, []string{"640"}},
	})
}

func TestMembersByNoun(t *testing.T) {
	e := engineOf(t, growersCoop)
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"how many members does the cooperative have", []string{stemOf("farmers")}},
		{"how many members does the plant have", []string{memberStem}},              // a plant is no group of persons
		{"how many farmers does the cooperative have", []string{stemOf("farmers")}}, // not a question of members: left as asked
	} {
		if got := e.membersByNoun(e.understand(c.q, nil)).focus; !slices.Equal(got, c.want) {
			t.Errorf("%q: focus %q, want %q", c.q, got, c.want)
		}
	}
}
