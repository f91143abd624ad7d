package lookup

import "strings"

// "The Duluth-based airline" on second reference (part of reading). A
// wire story names an organisation in full once and then calls it by its
// head noun with the place it is based in compounded before it: "the
// Chicago-based company", "the Duluth-based airline" (AP Stylebook,
// "-based": the compound adjective stands before the noun; Merriam-Webster,
// "-based": "having a specified base"). The compound only describes the
// noun, so "the Name-based N" refers back to the organisation whose head
// is N as "the N" does (Halliday and Hasan 1976, §2.4).

// basedDefiniteAt reports whether toks[k] is the head of a definite noun
// phrase whose only premodifier is a "-based" compound, past the words
// of its place name ("the New York-based airline").
func basedDefiniteAt(toks []token, k int) bool {
	if k < 2 || !strings.HasSuffix(toks[k-1].lower, "-based") {
		return false
	}
	j := k - 2
	for j > 0 && toks[j].cap && toks[j].lower != "the" {
		j--
	}
	return toks[j].lower == "the"
}
