package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// clinicLockout is a short article written for this test, in no question set.
const clinicLockout = `Clinic network says hackers locked its records

DUNMORE, Pa. (AP) — A network of 12 health clinics said Monday that hackers had locked its patient records for four days.

The network would not say whether it paid a ransom to the hackers.

The network's director said she did not know whether the thieves copied any files.

The clinics hired a security firm, and the firm said it would check whether the attack began with an email.
`

// A "whether" clause whose subject is a pronoun taking up the matrix
// subject ("The network would not say whether it paid a ransom") holds the
// act asked about only as an open question: no Yes from it, though the
// question's subject stands outside the clause. A matrix clause asserted
// in full ("The clinics hired a security firm") still answers.
func TestWhetherClauseWithPronounSubjectGivesNoVerdict(t *testing.T) {
	e := engineOf(t, clinicLockout)
	for _, q := range []string{"did the network pay the ransom", "did the thieves copy files", "did the attack begin with an email"} {
		a := ask(t, e, knowledge.Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") {
			t.Errorf("%q: the article leaves it open, got %s", q, a.Text)
		}
	}
	a := ask(t, e, knowledge.Question{Text: "did the clinics hire a security firm"})
	if !strings.HasPrefix(a.Text, "Yes") {
		t.Errorf("a stated act: got %s", a.Text)
	}
}
