package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// teaStudy is a short article written for this test, in no question set.
const teaStudy = `Green tea study finds weak link to sleep

OSLO, Norway (AP) — Adults who drank green tea every evening slept 12 minutes longer than those who did not, a study of 900 adults found.

The study was small, so it cannot prove that green tea improves sleep, said lead author Ingrid Hauge.

It is unclear whether the tea lowers blood pressure, the researchers wrote.

They did not deny that the trial was funded by a tea company.
`

// A clause after a negated "prove that", or after "whether", is neither
// stated nor denied: no Yes from it; a negated verb of denial asserts its
// clause.
func TestUnassertedClauseGivesNoVerdict(t *testing.T) {
	e := engineOf(t, teaStudy)
	for _, q := range []string{"does green tea improve sleep", "does the tea lower blood pressure"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") {
			t.Errorf("%q: the article neither states nor denies it, got %s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "did adults who drank green tea sleep longer"})
	if !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("a stated finding: got %s", a.Text)
	}
	a = ask(t, e, knowledge.Question{Text: "was the trial funded by a tea company"})
	if strings.HasPrefix(a.Text, partialYesNo) {
		t.Errorf("\"did not deny that\" asserts its clause: got %s", a.Text)
	}
}
