package lookup

import "testing"

// zoningSuit is a short article written for this test, in no question
// set: a person named by a synonym of the question's noun ("attorney"
// for "lawyer") in a sentence beside others that use the noun's derived
// form ("law"), and a person noun whose gendered form the article uses
// beside a synonym of it ("spokeswoman" and "representative" for
// "spokesperson").
const zoningSuit = `Neighbors sue over rezoning

ALDEN, Mich. (AP) — A group of neighbors sued the city of Alden on Monday, saying a rezoning vote broke state law.

The neighbors' attorney, Ruth Vance, said the council ignored the law on public notice.

A state representative, Omar Fitch, said the law should be changed.

"We followed every rule," city spokeswoman Lena Cho said.
`

// A person noun meets its synonym in the article before its derived
// form, which names another thing; its gendered form is nearer still.
func TestPersonNounBySynonym(t *testing.T) {
	e := engineOf(t, zoningSuit)
	checkAnswers(t, e, []answerCase{
		{"who is the lawyer for the neighbors", []string{"Ruth Vance."}, nil},
		{"what did the city spokesperson say", []string{"We followed every rule"}, []string{"Fitch"}},
	})
}
