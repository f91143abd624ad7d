package lookup

// A mixed number of a whole and a half is written in words as the whole,
// "and a half", and then the plural unit: "two and a half hours", "three
// and a half miles" (Quirk et al., §6.64 on fractions, whose "and a half"
// follows a cardinal before the head noun; AP Stylebook, "fractions":
// "spell out amounts less than 1 … use figures for precise amounts larger
// than 1", so the spelled mixed number is the wire's everyday, unprecise
// measure). The phrase is one number, the whole plus one half, counting
// the unit after it; read as the cardinal alone, its unit never follows
// it and the measure is lost ("sat for two and a half hours" would say
// nothing of how long).

// mixedHalf reports the token after a whole number's "and a half" at
// next, when a unit of measure or time follows it: the number's value
// gains one half and its unit is read from there. Otherwise it returns
// next unchanged and false.
func mixedHalf(toks []token, next int) (int, bool) {
	if next+3 >= len(toks) || toks[next].lower != "and" || toks[next+2].lower != "half" {
		return next, false
	}
	if a := toks[next+1].lower; a != "a" && a != "one" {
		return next, false
	}
	if measureUnits[toks[next+3].lower] == "" {
		return next, false // "two and a half-times", "one and a half of them": no unit measured
	}
	return next + 3, true
}
