package lookup

import "testing"

// TestCommentFrom checks that "any comment from X", "any reaction from X"
// and "any response from X" ask for what X said, the noun of saying no
// word the answer must hold.
func TestCommentFrom(t *testing.T) {
	e := engineOf(t, `Mill to cut 200 jobs

LOWELL, Maine (AP) — Penobscot Paper will cut 200 jobs at its Lowell mill by spring, the company said Wednesday.

A union steward, Dale Rook, said workers learned of the cuts from a posted notice. "Nobody had the decency to tell us to our faces," Rook said.

The company said in a statement that demand for newsprint had fallen for a decade.
`)
	checkAnswers(t, e, []answerCase{
		{"any reaction from rook?", []string{"decency"}, nil},
		{"any response from the steward", []string{"decency"}, nil},
		{"any comment from rook?", []string{"decency"}, nil},
	})
}
