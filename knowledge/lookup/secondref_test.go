package lookup

import "testing"

// TestSecondReferenceFindsTheInstitution checks that a sentence calling an
// institution by "the" and its name's head noun ("the library"), by "the"
// and its name's first word ("the Carver"), or by "it" after a sentence
// that opens with it, counts as telling of the institution; "the Carver"
// is the library, not the architect Thomas Carver, since a person's name
// takes no article.
func TestSecondReferenceFindsTheInstitution(t *testing.T) {
	e := engineOf(t, "Fire damages Dunmore library\n\nDUNMORE, Pa. (AP) — A fire early Tuesday damaged the Carver Library of History, officials said.\n\nThe Carver sits in a former rail depot on Elm Street. It lends about 9,000 books a month, more than any other library in the county.\n\nThe library will stay shut until June 4, director Paula Reese said. The library lost 300 rare maps, Reese said.\n\nThe depot was designed in 1902 by Thomas Carver, a local architect.\n")
	checkAnswers(t, e, []answerCase{
		{"how many books does the carver lend", []string{"9,000"}, nil},
		{"what does the carver sit in", []string{"rail depot"}, nil},
		{"until what date will the carver library stay shut", []string{"June 4"}, nil},
		{"how many maps did the carver library lose", []string{"300"}, nil},
		{"how many books does the carver library lend", []string{"9,000"}, nil},
	})
}

// TestSecondReferenceNeedsOneHolder checks that "the library" is read as
// no institution when two libraries are named: the description then picks
// out neither, and a question about one of them is not answered from it.
func TestSecondReferenceNeedsOneHolder(t *testing.T) {
	e := engineOf(t, "Two Dunmore libraries cut hours\n\nDUNMORE, Pa. (AP) — The Carver Library of History and the Elm Street Library will both cut their hours, officials said.\n\nThe cuts follow a budget vote, and no other library in the county is affected.\n\nThe library lost 300 rare maps last year, a clerk said.\n")
	checkAnswers(t, e, []answerCase{
		{"how many maps did the carver library lose", nil, []string{"300"}},
	})
}
