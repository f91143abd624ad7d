package lookup

// Abbreviations of more than one word (part of stage 2). A clipped word
// chat types may stand for several words, and only the article tells
// which: "sec" is a second, a secretary or a section (Merriam-Webster,
// "sec" abbreviation: secant, second, secretary, section; Wiktionary,
// "sec", English abbreviations), so "sec of state" asks about the
// secretary of a story that writes "secretary of state". WordNet 3.0 has
// "sec" as a word of its own (the adjective "dry", of wine; the noun
// "secant"), so neither contracted nor a back-clipping reads it as an
// abbreviation, and WordNet's synonyms of it are no words of news.

// senseAbbrevs maps a clipped form to the words it abbreviates, from
// Merriam-Webster's entry for the abbreviation.
var senseAbbrevs = map[string][]string{
	"sec":  {"secretary", "second", "section"},
	"secs": {"secretaries", "seconds", "sections"},
	// Merriam-Webster, "max" noun and abbreviation: maximum; WordNet 3.0
	// files "max" as a noun of its own (a drug's slang name), so it too
	// is read as no clipping ("max sustained winds": the maximum ones)
	"max": {"maximum"},
}

// senseAbbrevKnown returns the stem of the one word the abbreviation w
// stands for that the article uses; nil when it uses none of them, or
// more than one.
func (e *Engine) senseAbbrevKnown(w string) []string {
	var out []string
	for _, full := range senseAbbrevs[w] {
		out = append(out, e.formsKnown(full)...)
	}
	if len(out) != 1 {
		return nil
	}
	return out
}
