package lookup

import "testing"

// handoff is a short article written for these tests, in no question set:
// an act placed by common nouns and a numbered road, a death placed by a
// home in a named town, an act placed only "at the end" of a month, and
// a place in the sentence after an act's, about something else.
const handoff = `Clerk admits taking bribes

DOVER, Del. (AP) — A former county clerk pleaded guilty Friday to taking bribes from a towing firm.

Prosecutors said the owner handed him envelopes of cash in the parking lot of a bowling alley on Route 13.

The clerk's mother died Tuesday at her home in Camden.

He resigned at the end of May.

The county plans to sell the towing contracts. Its new clerk once worked at a gas station.
`

// TestWhereCommonNouns checks that a place given by common nouns answers
// where, whole with the named road it stands on, that a home stands
// before the town it is in, that "the end" of a month is no place, and
// that such a place answers only from a sentence that holds the whole
// question itself.
func TestWhereCommonNouns(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, handoff)
	checkOpenings(t, e, []openingCase{
		{"where did the owner hand him the envelopes", "In the parking lot of a bowling alley on Route 13.", nil, nil},
		{"where did his mother die", "At her home in Camden.", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where did he resign", nil, []string{"At the end", "On Route"}},
		// the gas station's sentence holds the sale only through the one before
		{"where will the contracts be sold", nil, []string{"At a gas station"}},
	})
}
