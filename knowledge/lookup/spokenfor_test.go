package lookup

import "testing"

// TestWhatDidTheUnquotedPersonSay checks that "what did X say" of a person
// the article never quotes, whose side only their lawyer gives, says that X
// is not quoted before giving the lawyer's words as the lawyer's.
func TestWhatDidTheUnquotedPersonSay(t *testing.T) {
	e := engineOf(t, `Clerk charged with theft

HARLAN, Kentucky (AP) — A county clerk was charged Monday with taking $40,000 from a fund for road repairs, prosecutors said.

The clerk, Wendell Pike, was released on bond.

"My client has done nothing wrong," said Pike's attorney, Grace Ellery. "We will show that every dollar is accounted for."
`)
	checkAnswers(t, e, []answerCase{
		{"what did pike say", []string{"doesn't quote Wendell Pike", "Grace Ellery, Pike's attorney, said", "done nothing wrong"}, nil},
		{"what did ellery say", []string{"done nothing wrong"}, []string{"doesn't quote"}},
	})
}
