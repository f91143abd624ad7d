package knowledge

import "strings"

// A composition title is written whole, in quotation marks, with its
// principal words capitalised (AP Stylebook, "composition titles": books,
// films, plays, songs, works of art). A word of nationality or direction
// that opens such a title ("Northern Lights Motel", "American Fiction")
// is a word of the title, not a modifier standing before a name, so what
// follows it inside the quotation marks is no one's name: multiWordName
// reads no entity from such a run, and its words stay terms.

// quotedRun reports whether the run of tokens is the whole of a
// quotation: an opening quotation mark right before its first word and a
// closing one right after its last, with only a comma or period between.
func quotedRun(p *para, name []token) bool {
	before := strings.TrimRight(p.text[:name[0].start], " ")
	if !strings.HasSuffix(before, `"`) && !strings.HasSuffix(before, "\u201c") {
		return false
	}
	after := strings.TrimLeft(p.text[name[len(name)-1].end:], ",.")
	return strings.HasPrefix(after, `"`) || strings.HasPrefix(after, "\u201d")
}
