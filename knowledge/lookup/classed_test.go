package lookup

import "testing"

// townMural is a short article written for this test, in no question set:
// a work named in quotation marks and classed by a noun ("is a 40-foot
// mural"), referred to later as "the mural", with its unveiling dated "the
// following year" after a sentence giving a year.
const townMural = `Painter whose murals brightened mill towns dies at 79

LOWELL, Mass. (AP) — Rosa Delgado, a painter whose murals covered the walls of old textile mills across New England, died Friday. She was 79.

Her largest work, "River Hands," is a 40-foot mural painted on the side of a former cotton mill. The city paid $25,000 for it in 1991.

The mural was unveiled the following year and was restored in 2015.
`

func TestClassedThingAndAnaphoricYear(t *testing.T) {
	e := engineOf(t, townMural)
	checkAnswers(t, e, []answerCase{
		// "the mural" is River Hands; "the following year" is 1992
		{"when was river hands unveiled", []string{"The following year (1992)"}, nil},
		{"when was the mural unveiled", []string{"1992"}, nil},
	})
}
