package lookup

import "testing"

// libraryGift is a short article written for this test, in no question
// set: works whose makers are named only in by-phrases after their nouns,
// one as a copula's complement, beside a name that made nothing.
const libraryGift = `Library receives rare prints and a mural

BANGOR, Maine (AP) — The Penobscot Public Library has received a set of etchings by the printmaker Edna Marlow and a watercolor by Thomas Reddick, its director, Alan Pruitt, 47, said Friday.

The gift also includes a 1921 quilt by Marlow's sister, Grace Marlow, he said.

The new mural in the lobby is a 40-foot landscape by local artist Dana Whitcomb, who finished it in March.

"We never expected anything like this," Pruitt said.
`

// TestWorkAuthor checks that "who painted/made X" is answered by the
// by-phrase after X's noun, each work with its own maker, and not by the
// nearest name of the sentence.
func TestWorkAuthor(t *testing.T) {
	checkOpenings(t, engineOf(t, libraryGift), []openingCase{
		{"who painted the watercolor", "Thomas Reddick.", nil, nil},
		{"who made the etchings", "Edna Marlow.", nil, nil},
		{"who made the quilt", "Grace Marlow.", nil, nil},
		{"who painted the mural", "Dana Whitcomb.", nil, nil},
	})
}
