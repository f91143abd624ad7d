package lookup

import (
	"fmt"
	"strconv"
	"strings"
)

// ageclauses.go reads the ages news writing gives outside the appositive
// (", 51,") and the compound adjective ("51-year-old"): in a relative
// clause after the name ("her friend Lorna Sewall, who is 97"; AP
// Stylebook, "ages"; Quirk et al. 1985, §17.22 on the nonrestrictive
// relative clause), and after "turn" in its sense of reaching an age
// ("Edna Pike turned 104 on Saturday"; WordNet 3.0, verb "turn" sense
// 12: "reach a certain age"). A scale word inside the compound
// ("a 75-million-year-old turtle") is part of the age, as it is of any
// number (Quirk et al., §5.10).

// turnForms are the forms of "turn" that take an age as their object.
var turnForms = set("turn", "turns", "turned", "turning")

// clauseAge reports whether the bare number at token i, with no unit
// after it, is an age by a relative "who is N" or "who was N" closing its
// clause, or by "turned N".
func clauseAge(s string, toks []token, i int) bool {
	v, err := strconv.Atoi(toks[i].text)
	if err != nil || v <= 0 || v >= 120 || i < 1 {
		return false
	}
	if turnForms[toks[i-1].lower] {
		return true
	}
	if i < 2 || toks[i-2].lower != "who" || toks[i-1].lower != "is" && toks[i-1].lower != "was" {
		return false
	}
	rest := strings.TrimSpace(s[toks[i].end:])
	return rest == "" || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ";") || strings.HasPrefix(rest, "and ")
}

// scaledAgeWord is the scale of a compound age adjective that holds a
// scale word ("75-million-year-old": a million; words.go's scaleWords),
// else 1.
func scaledAgeWord(lower string) float64 {
	if parts := strings.Split(lower, "-"); len(parts) == 4 {
		if f, ok := scaleWords[parts[1]]; ok {
			return f
		}
	}
	return 1
}

// scaledWords writes a large whole number as news writing does, with its
// scale word ("75 million"; AP Stylebook, "millions, billions").
func scaledWords(v float64) string {
	for _, sc := range []struct {
		f float64
		w string
	}{{1e9, "billion"}, {1e6, "million"}} {
		if v >= sc.f {
			return fmt.Sprintf("%g %s", v/sc.f, sc.w)
		}
	}
	return fmt.Sprintf("%g", v)
}
