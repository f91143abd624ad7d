package knowledge

import "strings"

// A post's of-phrase names a body (part of stage 1, reading names): "the
// chief executive of Harbor Freightways", "the president of Acme",
// "shares of Harbor Freightways". English writes a person's post with the
// body it heads in an of-phrase; the complement is the body (or a place),
// never a person: a relation to a person takes a genitive or "to"
// ("Smith's lawyer", "an aide to Smith"; Quirk et al., §5.116 on the
// of-genitive of an institution). So a name that stands as such a
// complement and is not itself a genitive ("the chief of Smith's staff")
// is no person's.

// bodyOfHeads are the nouns whose of-phrase names a body: the nouns for
// the person who heads or owns one (WordNet head n.4 "a person who is in
// charge" and executive n.1 with their everyday hyponyms: chief, director,
// president, chairman, founder, owner, manager, superintendent,
// principal, dean, publisher) and the nouns for a company's parts and
// securities (shares, stock, board, employees, subsidiary).
var bodyOfHeads = toSet("chief", "executive", "ceo", "president", "chairman", "chairwoman",
	"chair", "director", "head", "founder", "co-founder", "cofounder", "owner", "co-owner",
	"manager", "superintendent", "principal", "dean", "publisher",
	"shares", "stock", "board", "employees", "subsidiary")

// ofBodyHead reports whether some mention of entity ent is the
// complement of "of" after one of bodyOfHeads in the same sentence, and
// no genitive. A name that opens with a given name counts only where it
// is written whole: its surname alone may be the firm named after the
// person ("shares of Arcturo" beside "co-founder Victor Arcturo";
// foundername.go).
func ofBodyHead(d *doc, ent int, c *cand) bool {
	words := strings.Fields(c.name)
	whole := len(words) > 1 && isGivenName(words[0])
	for k, ms := range d.mentions {
		p := &d.paras[k]
		for _, m := range ms {
			if m.ent != ent || m.i < 2 || possessiveAt(p, m.j-1) || whole && m.j-m.i < len(words) {
				continue
			}
			b := m.i - 1
			if strings.EqualFold(p.toks[b].s, "the") && b >= 2 {
				b-- // "the president of the Hollis Group"
			}
			of, head := p.toks[b], p.toks[b-1]
			if strings.ToLower(of.s) == "of" && of.sent == p.toks[m.i].sent && head.sent == of.sent &&
				spaceOnly(p.gap(b)) && bodyOfHeads[tokKey(head.s)] {
				return true
			}
		}
	}
	return false
}
