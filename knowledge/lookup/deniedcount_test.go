package lookup

import "testing"

// A story with a denied count after the count asked for, and a count of
// the missing told by "have not been found".
const deniedCountStory = `Tour boat capsizes on Lake Minnetonka

WAYZATA, Minn. (AP) — A tour boat capsized in high winds Saturday, and 9 passengers were hurt, Hennepin County Sheriff Lena Moore said.

Four passengers were not hurt. Two crew members have not been found, Moore said.

Divers searched until dark.
`

func TestDeniedCountCountsOthers(t *testing.T) {
	e := engineOf(t, deniedCountStory)
	checkOpenings(t, e, []openingCase{
		// "Four passengers were not hurt" counts those who escaped
		{q: "how many passengers were hurt", first: "9 passengers"},
		// a negated question asks for the denied count
		{q: "how many passengers werent hurt", first: "Four passengers"},
	})
}
