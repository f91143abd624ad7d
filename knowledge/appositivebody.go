package knowledge

// appositiveBodyKind is what entity ent is when the article describes it,
// right after its name, by an appositive noun phrase whose head noun is a
// kind of business or body or a settlement: "Brennan Cole, a small studio
// that makes puzzle games", "Sterling Hayes, the Austin studio behind …",
// "Harlan Dunne, a grain cooperative north of town" (an organisation);
// "Wade Hollis, a farm town of about 2,000 people" (a place). A
// nonrestrictive appositive names the same referent as the name before it
// (Quirk et al. 1985, §17.65), so its head noun tells the name's kind,
// whatever a person-shaped name suggests; the head is the last word of the
// phrase before its postmodifier, which opens with a function word, a
// compass point or a participle ("based in Ohio"; Quirk et al. §17.8).
// Unlike orgAppositive it reads a definite appositive too: a head noun of
// appositiveBodyHeads never names a person, so "the studio" cannot be one.
func appositiveBodyKind(d *doc, ent int) (EntityKind, bool) {
	var kind EntityKind
	found := anyAppositive(d, ent, true, func(p *para, j int) bool {
		head := appositiveHead(p, j)
		switch {
		case head < 0:
		case appositiveBodyHeads[tokKey(p.toks[head].s)]:
			kind = Organisation
		case settlementNouns[tokKey(p.toks[head].s)]:
			kind = Place
		}
		return kind != ""
	})
	return kind, found
}

// appositiveHead is the index of the head noun of the noun phrase opening
// at token x of p, after its determiner: the last of up to six words joined
// by spaces or hyphens ("a Tokyo-based video game publisher") before a
// function word or preposition (simplePrepositions), a compass point or a participle of place ("based",
// "located"); -1 when the phrase holds none or a capitalised word ends it.
func appositiveHead(p *para, x int) int {
	head := -1
	for y := x; y < len(p.toks) && y < x+6; y++ {
		g := p.gap(y)
		w := tokKey(p.toks[y].s)
		if y > x && !spaceOnly(g) && g != "-" {
			break
		}
		if stopwords[w] || simplePrepositions[w] || g != "-" && (compassWords[w] || w == "based" || w == "located") {
			break
		}
		head = y
	}
	if head < 0 || isCapitalised(p.toks[head].s) {
		return -1
	}
	return head
}

// appositiveBodyHeads are nouns whose first sense in WordNet 3.0 is a
// business or another body, never a person: firm n.1, company n.1,
// studio n.1 (an art's workplace, and so its business), cooperative n.1,
// nonprofit ("nonprofit organization" n.1), charity n.1 (an institution
// set up to help), manufacturer n.1 ("a business engaged in manufacturing
// some product"), practice (a professional's business, as news writing
// calls a law or architecture firm), startup, consultancy and brokerage
// (a broker's business). Retailer is left out: WordNet's retailer n.1 is
// "a merchant who sells goods at retail", a person.
var appositiveBodyHeads = toSet("firm", "company", "studio", "cooperative", "co-op", "nonprofit",
	"charity", "manufacturer", "practice", "startup", "consultancy", "brokerage")

// compassWords are the eight cardinal and intercardinal compass points,
// the names of the 16 compass points written as one word, which open a
// postmodifier of place after a noun ("a grain cooperative north of town").
var compassWords = toSet("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
