package lookup

import "testing"

// pondCall is a short article written for this test, in no question set:
// a speaker who reports his own act with "he", and a speaker who reports
// another's act by name.
const pondCall = `Residents ask town to fix pond culvert

ASHFORD, Conn. (AP) — Residents asked the town Monday to replace a culvert that floods Pond Road each spring.

Martin Quayle, who lives beside the pond, said he had called the highway department three times last year.

Ellen Brandt said a neighbor, Ruth Amado, phoned the fire department when the water reached her porch.
`

// "Who called the highway department" is the speaker the reported "he"
// stands for, not the words "said he had"; where the reported clause
// names its own subject, that subject answers.
func TestReportedPronounSubject(t *testing.T) {
	e := engineOf(t, pondCall)
	checkOpenings(t, e, []openingCase{
		{q: "who called the highway department", first: "Martin Quayle", not: []string{"Said he had"}},
		{q: "who phoned the fire department", first: "Ruth Amado", not: []string{"Ellen Brandt."}},
	})
}
