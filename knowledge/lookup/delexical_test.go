package lookup

import "testing"

// boaterReport is a short article written for the tests of this file: a
// delexical verb ("took part") that a question may ask with nothing
// else.
const boaterReport = `Boater found safe after night on Lake Orla

ORLA, Minn. (AP) — A fisherman missing overnight on Lake Orla was found safe Sunday, the sheriff said.

His brother reported him missing when he did not call home Saturday night.

Two boats and a state patrol plane took part in the search.
`

// TestDelexicalVerbAlone checks that a question asking nothing but
// a delexical verb ("why did it take so long") is not answered by the
// sentence that holds the verb.
func TestDelexicalVerbAlone(t *testing.T) {
	e := engineOf(t, boaterReport)
	checkAnswers(t, e, []answerCase{
		{"why did it take so long", nil, []string{"took part"}},
	})
}
