package lookup

import "testing"

// dunmoreMain is a short article written for this test, in no question
// set: the subject of "had lost water service" is a count postmodified by
// a prepositional phrase holding another count.
const dunmoreMain = `Water main break leaves thousands dry in Dunmore

DUNMORE, Pa. (AP) — A 36-inch water main burst under Drinker Street early Friday, flooding basements and cutting service to homes in four boroughs, officials said.

By noon, about 9,200 households in four boroughs had lost water service, the county water authority said.

Crews expected to finish repairs by Sunday.
`

// "How many had lost water" asks the subject of "had lost": the figure
// heading it, not the count in its postmodifier "in four boroughs".
func TestPostmodifierCountIsNoSubject(t *testing.T) {
	e := engineOf(t, dunmoreMain)
	checkOpenings(t, e, []openingCase{
		{"how many had lost water service", "About 9,200", nil, []string{"Four boroughs."}},
	})
}
