package lookup

// "How much in punitive damages" (part of stage 2). Chat asks the size of
// a sum by the prepositional phrase that names what the sum is in, with
// the pronoun "much" as its head ("how much in federal grants"), as news
// writing names it ("$8 million in federal grants"; Quirk et al. 1985,
// §17.37 on postmodification by a prepositional phrase). The complement
// of a preposition is a noun phrase (Quirk et al., §9.1), so its last
// word is its head noun even where it could be a verb in -s elsewhere
// ("grants", "damages", "sales"): it is the noun the sum is of, not the
// verb of "how much".

// howMuchIn reports whether "in" follows "how much" straight on.
func howMuchIn(toks []token) bool {
	for i := 2; i < len(toks); i++ {
		if toks[i-2].lower == "how" && toks[i-1].lower == "much" && toks[i].lower == "in" {
			return true
		}
	}
	return false
}
