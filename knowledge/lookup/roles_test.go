package lookup

import "testing"

// A role premodified by the common noun that heads a body's name is that
// body's role: "the university chancellor" is "Lakeshore State's
// chancellor" when the article names Lakeshore State University. The
// story is written for this test, in no question set.
func TestBodyOfKindPremodifiesRole(t *testing.T) {
	e := engineOf(t, "University raises fees\n\nDULUTH, Minn. (AP) — Lakeshore State University will raise student fees by 4 percent next fall.\n\nLakeshore State's chancellor, Dr. Helen Okoro, said the money would pay for new dormitories.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who is the university chancellor", first: "Helen Okoro"},
	})
}
