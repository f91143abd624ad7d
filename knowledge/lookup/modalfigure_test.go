package lookup

import "testing"

// TestModalWeight: "how much prison time could she get" asks a possible
// figure, which the article gives under a modal ("could face up to 15
// years"), not the term she served before.
func TestModalWeight(t *testing.T) {
	e := engineOf(t, `Former clerk charged with stealing from town

MILFORD, Conn. (AP) — A former town clerk was charged Monday with stealing $310,000 in fees over six years, prosecutors said.

Janet Orr, 58, pleaded not guilty and was released on bond. She could face up to 15 years in federal prison on each of the four counts if she is convicted, said U.S. Attorney Karen Webb.

Orr served three years in prison for a 2004 theft.
`)
	checkOpenings(t, e, []openingCase{
		{q: "how much prison time could she get", first: "Up to 15 years"},
	})
}
