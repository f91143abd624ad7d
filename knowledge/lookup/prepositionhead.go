package lookup

// A preposition ends the counted noun phrase's head (part of stage 1,
// reading the numbers). English puts a noun phrase's head before its
// prepositional postmodifier ("copies within hours", "students since
// 1989": Quirk et al. 1985, §17.2 and §17.37 on postmodification by
// prepositional phrases), so a plural noun followed by a preposition is
// the head, and a plural inside the prepositional phrase is no counted
// noun: "a second printing of 60,000 copies within hours" counts copies,
// not hours. "Of" is left out: after a cardinal it opens a partitive or
// the count of a measure noun ("six cases of measles"), which other rules
// read (skipPartitive, headOfAnimals).

// headPrepositions are the prepositions that open a postmodifier of a
// counted noun: the simple prepositions of words.go without "of", the
// place prepositions of adjunctorder.go, and "within", "since", "during",
// "in" and "through" (Quirk et al. 1985, §9.7, the simple prepositions).
var headPrepositions = func() map[string]bool {
	m := set("within", "since", "during", "in", "through")
	for w := range prepositions {
		m[w] = true
	}
	for w := range chainPrepositions {
		m[w] = true
	}
	delete(m, "of")
	return m
}()

// prepositionEndsHead reports whether token t, after run, a noun phrase
// whose last word is a plural noun, is a preposition opening that noun's
// postmodifier.
func prepositionEndsHead(t token, run []token) bool {
	return len(run) > 0 && plural(run[len(run)-1].lower) && headPrepositions[t.lower]
}
