package knowledge

// Enlisted ranks written with an ordinal and "Class" (AP Stylebook,
// "military titles": "Sgt. 1st Class", "Petty Officer 2nd Class",
// "Airman 1st Class"; spelled out, "Sergeant First Class"). An ordinal
// in figures is no capitalised word, so the capitalised run broke at it
// and "Class Renee Castillo" was read as the name; the whole rank is
// the title before the name.

// rankOrdinals are the ordinals such ranks take, in figures and words.
var rankOrdinals = toSet("1st", "2nd", "3rd", "first", "second", "third")

// rankHeads are the rank words an ordinal class follows (AP Stylebook,
// "military titles").
var rankHeads = toSet("sgt", "sergeant", "officer", "airman", "private", "pvt", "specialist", "spc")

// rankClassEnd extends the capitalised run from token i to j past an
// ordinal in figures and "Class" after a rank word ("Sgt. 1st Class
// Renee Castillo" is one run), and returns j unchanged otherwise.
func rankClassEnd(p *para, i, j int) int {
	if j+1 >= len(p.toks) || !rankHeads[tokKey(p.toks[j-1].s)] || !rankOrdinals[tokKey(p.toks[j].s)] {
		return j
	}
	c := p.toks[j+1]
	if c.s != "Class" || c.sent != p.toks[i].sent || !spaceOnly(p.gap(j)) || !spaceOnly(p.gap(j+1)) {
		return j
	}
	return runEnd(p, j+1)
}

// rankClass reports whether token x of run is the "Class" of such a
// rank, which ends the title.
func rankClass(run []token, x int) bool {
	return x > 0 && run[x].s == "Class" && rankOrdinals[tokKey(run[x-1].s)]
}

// rankGradeWords grade a military title after them in the AP
// Stylebook's table of military titles ("Rear Adm.", "Staff Sgt.",
// "Sgt. 1st Class", "Chief Petty Officer").
var rankGradeWords = toSet("rear", "vice", "brig", "staff", "master", "command", "chief", "senior",
	"petty", "warrant", "1st", "2nd", "3rd", "class")

// titleStart is the first token of the titles written before the name
// at token i in one run ("A Navy spokeswoman, Lt. Cmdr. Teresa Vail,":
// "Lt."), or i when none is.
func titleStart(p *para, i int) int {
	s := i
	for s > 0 && spaceOnly(p.gap(s)) && p.toks[s-1].sent == p.toks[i].sent {
		k := tokKey(p.toks[s-1].s)
		if !(isTitleToken(p.toks[s-1].s) || honorifics[k] || rankGradeWords[k]) || !isCapitalised(p.toks[s-1].s) && !rankOrdinals[k] {
			break
		}
		s--
	}
	return s
}
