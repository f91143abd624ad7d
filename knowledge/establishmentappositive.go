package knowledge

// establishmentHeads are nouns whose first sense in WordNet 3.0 is a
// business's premises, a place where goods are sold or made, never a
// person: shop n.1 and store n.1 ("a mercantile establishment for the
// retail sale of goods or services"), bookstore, bookshop, boutique,
// supermarket and grocery n.1 (kinds of shop), restaurant, eatery, cafe,
// tavern and pub n.1 (where people go to eat or drink), bakery and
// creamery n.1 ("a workplace where … goods are produced or sold"),
// brewery, winery, distillery and mill n.1 (plants where goods are made),
// dealership n.1 (a business operated under a franchise), publisher n.1 ("a
// firm in the publishing business") and clinic n.1 ("a medical
// establishment"). Retailer, grocer, outfitter and diner are left out:
// their first senses are people.
var establishmentHeads = toSet("shop", "store", "bookstore", "bookshop", "boutique", "supermarket",
	"grocery", "restaurant", "eatery", "cafe", "tavern", "pub", "bakery", "creamery", "brewery",
	"winery", "distillery", "mill", "dealership", "publisher", "clinic")

// establishmentAppositive reports whether the article describes entity
// ent, right after its name, by an indefinite appositive whose head noun
// is one of establishmentHeads: "Tull Provisions, a sandwich shop across
// the street", "Flint Hills Mercantile, a feed and hardware store in
// Emporia". A nonrestrictive appositive names the same referent as the
// name before it (Quirk et al. 1985, §17.65), so a name so described is a
// business's, however person-shaped ("Flint" and "Tull" are given names
// too). Premodifiers may be coordinated before the head ("a feed and
// hardware store"; Quirk et al. §13.62, coordination of premodifiers), so
// "and" and "or" between lower-case words do not end the phrase.
func establishmentAppositive(d *doc, ent int) bool {
	return anyIndefiniteAppositive(d, ent, func(p *para, j int) bool {
		h := coordinatedHead(p, j)
		return h >= 0 && establishmentHeads[tokKey(p.toks[h].s)]
	})
}

// coordinatedHead is the index of the head noun of the noun phrase whose
// words open at token x of p, after its determiner: the last of up to
// eight lower-case words joined by spaces or hyphens, "and" or "or"
// between two of them, before any other function word, a preposition or
// punctuation; -1 when the phrase holds none.
func coordinatedHead(p *para, x int) int {
	head := -1
	for y := x; y < len(p.toks) && y < x+8; y++ {
		g, w := p.gap(y), tokKey(p.toks[y].s)
		if y > x && !spaceOnly(g) && g != "-" || isCapitalised(p.toks[y].s) {
			break
		}
		if w == "and" || w == "or" {
			if y == x {
				break
			}
			continue
		}
		if stopwords[w] || simplePrepositions[w] {
			break
		}
		head = y
	}
	return head
}
