package lookup

import "testing"

// fairRibbons is a short article written for this test, in no question
// set: a lead dated by a weekday, a later undated sentence that tells
// the lead's act again, and last year's winner dated as such.
const fairRibbons = `Retired postal worker's storm quilt wins county fair's top ribbon

MARSHALLTOWN, Iowa (AP) — A quilt stitched from the curtains of a barn flattened by a windstorm won best of show at the Marshall County Fair on Friday.

The quilt's maker, Doris Pfeiffer, 77, a retired postal worker, said it took her 14 months.

Lyle Amsel won the prize for machine quilting.

Last year's best of show went to Ruth Kowalski of State Center.
`

func TestLastYearNotAnsweredByTheStorysOwnAct(t *testing.T) {
	checkAnswers(t, engineOf(t, fairRibbons), []answerCase{
		// "Lyle Amsel won the prize" tells Friday's fair, as its lead
		// does: not last year's
		{"who won the prize last year", nil, []string{"Lyle Amsel"}},
		// asked of the story's own fair, it answers
		{"who won the prize for machine quilting", []string{"Lyle Amsel"}, nil},
	})
}
