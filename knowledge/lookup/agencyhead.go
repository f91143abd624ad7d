package lookup

// "Agency" covers a government's departments, offices and bureaus (part
// of stage 4, which-questions). American usage calls any unit of a
// government that carries out its work an agency, whatever its name says
// it is: the Administrative Procedure Act defines an agency as "each
// authority of the Government" (5 U.S.C. §551(1)), and the United States
// Government Manual lists departments, bureaus, offices, administrations,
// services, commissions, boards and authorities as its agencies, as the
// states' manuals list theirs. WordNet files "department" beside
// "agency", not under it, so "which agency got the notice" would pass
// over "the Employment Security Department" without this. A name whose
// head is one of these nouns answers a which-question asking for an
// agency.

// agencyHeads are the head nouns of the units of government the U.S.
// Government Manual and the states' manuals list as agencies.
var agencyHeads = set("department", "bureau", "office", "administration", "service",
	"commission", "board", "authority", "agency", "division")

// agencyCovers reports whether a body whose name has head noun head is
// what a which-question asking for noun means: an agency, when head names
// a unit of government.
func agencyCovers(head, noun string) bool {
	return singular(noun) == "agency" && agencyHeads[head]
}
