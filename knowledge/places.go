package knowledge

// places maps the comparison key of a place name or abbreviation (see
// aliasKey) to its canonical name: countries, U.S. states with their AP
// abbreviations, and the cities that news stories name on their own.
var places = map[string]string{}

// usStates holds the canonical names of the U.S. states.
var usStates = map[string]bool{}

// countries holds the canonical names of the countries.
var countries = map[string]bool{"United States": true, "United Kingdom": true}

// placeAbbrev is the usual short form of a place, added as an alias.
var placeAbbrev = map[string]string{}

// init fills the gazetteer.
func init() {
	countryNames := []string{
		"Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria",
		"Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia",
		"Brazil", "Bulgaria", "Cambodia", "Canada", "Chile", "China", "Colombia", "Croatia",
		"Cuba", "Cyprus", "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland",
		"France", "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India",
		"Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan",
		"Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Latvia", "Lebanon", "Libya", "Lithuania",
		"Malaysia", "Mexico", "Moldova", "Mongolia", "Morocco", "Nepal", "Netherlands",
		"Nigeria", "Norway", "Pakistan", "Palestine", "Peru", "Philippines", "Poland",
		"Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Serbia", "Singapore", "Slovakia",
		"Somalia", "Spain", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Thailand",
		"Tunisia", "Turkey", "Uganda", "Ukraine", "Uruguay", "Venezuela", "Vietnam", "Yemen",
		"Zimbabwe", "Britain", "England", "Scotland", "Wales", "Europe", "Africa", "Asia",
		"Crimea", "Saudi Arabia", "South Africa", "South Korea", "North Korea", "New Zealand",
		"United Kingdom", "United Arab Emirates", "Czech Republic",
		"Moscow", "London", "Paris", "Berlin", "Beijing", "Tokyo", "Kiev", "Kyiv",
		"Brussels", "Jerusalem", "Tehran", "Damascus", "Baghdad", "Kabul", "Ottawa",
		"New York", "Los Angeles", "Chicago", "Boston", "San Francisco", "Miami",
	}
	// The cities the AP Stylebook's "datelines" entry lets stand alone,
	// without a state or a country, as a story names them on their own.
	datelineCities := []string{
		"Atlanta", "Baltimore", "Cincinnati", "Cleveland", "Dallas", "Denver", "Detroit",
		"Honolulu", "Houston", "Indianapolis", "Las Vegas", "Milwaukee", "Minneapolis",
		"New Orleans", "Oklahoma City", "Philadelphia", "Phoenix", "Pittsburgh", "St. Louis",
		"Salt Lake City", "San Antonio", "San Diego", "Seattle",
		"Amsterdam", "Bangkok", "Beirut", "Cairo", "Dubai", "Geneva", "Havana", "Helsinki",
		"Hong Kong", "Islamabad", "Istanbul", "Johannesburg", "Madrid", "Mexico City",
		"Milan", "Montreal", "Munich", "New Delhi", "Oslo", "Prague", "Rome", "Shanghai",
		"Stockholm", "Sydney", "Toronto", "Vienna", "Zurich",
	}
	for _, c := range countryNames {
		countries[c] = true
	}
	for _, c := range append(countryNames, datelineCities...) {
		places[aliasKey(c)] = c
	}
	for _, a := range []string{"United States", "U.S.", "US", "USA", "U.S.A.", "America"} {
		places[aliasKey(a)] = "United States"
	}
	placeAbbrev["United States"] = "U.S."
	for _, a := range []string{"UK", "U.K."} {
		places[aliasKey(a)] = "United Kingdom"
	}
	// The 50 states with the abbreviations of the AP Stylebook's "state
	// names" entry (eight states it never abbreviates have none; "Tex." is
	// the older form some papers keep) and the USPS postal codes.
	states := []struct{ name, ap, postal string }{
		{"Alabama", "Ala.", "AL"}, {"Alaska", "", "AK"}, {"Arizona", "Ariz.", "AZ"},
		{"Arkansas", "Ark.", "AR"}, {"California", "Calif.", "CA"}, {"Colorado", "Colo.", "CO"},
		{"Connecticut", "Conn.", "CT"}, {"Delaware", "Del.", "DE"}, {"Florida", "Fla.", "FL"},
		{"Georgia", "Ga.", "GA"}, {"Hawaii", "", "HI"}, {"Idaho", "", "ID"}, {"Illinois", "Ill.", "IL"},
		{"Indiana", "Ind.", "IN"}, {"Iowa", "", "IA"}, {"Kansas", "Kan.", "KS"},
		{"Kentucky", "Ky.", "KY"}, {"Louisiana", "La.", "LA"}, {"Maine", "", "ME"},
		{"Maryland", "Md.", "MD"}, {"Massachusetts", "Mass.", "MA"}, {"Michigan", "Mich.", "MI"},
		{"Minnesota", "Minn.", "MN"}, {"Mississippi", "Miss.", "MS"}, {"Missouri", "Mo.", "MO"},
		{"Montana", "Mont.", "MT"}, {"Nebraska", "Neb.", "NE"}, {"Nevada", "Nev.", "NV"},
		{"New Hampshire", "N.H.", "NH"}, {"New Jersey", "N.J.", "NJ"}, {"New Mexico", "N.M.", "NM"},
		{"New York", "N.Y.", "NY"},
		{"North Carolina", "N.C.", "NC"}, {"North Dakota", "N.D.", "ND"}, {"Ohio", "", "OH"},
		{"Oklahoma", "Okla.", "OK"}, {"Oregon", "Ore.", "OR"}, {"Pennsylvania", "Pa.", "PA"},
		{"Rhode Island", "R.I.", "RI"}, {"South Carolina", "S.C.", "SC"},
		{"South Dakota", "S.D.", "SD"}, {"Tennessee", "Tenn.", "TN"}, {"Texas", "Tex.", "TX"},
		{"Utah", "", "UT"}, {"Vermont", "Vt.", "VT"}, {"Virginia", "Va.", "VA"},
		{"Washington", "Wash.", "WA"}, {"West Virginia", "W.Va.", "WV"},
		{"Wisconsin", "Wis.", "WI"}, {"Wyoming", "Wyo.", "WY"},
	}
	for _, s := range states {
		usStates[s.name] = true
		places[aliasKey(s.name)] = s.name
		if s.ap != "" {
			places[aliasKey(s.ap)] = s.name
			placeAbbrev[s.name] = s.ap
		}
	}
}

// USState returns the full name of the U.S. state a name or an AP or postal
// abbreviation stands for ("Ore." → "Oregon"), or "" when it is none.
func USState(abbrev string) string {
	name := places[aliasKey(abbrev)]
	if usStates[name] {
		return name
	}
	return ""
}

// GazetteerPlace returns the canonical name of the place a name written in
// full stands for ("mexico" → "Mexico"), or "" when the gazetteer holds
// none. Abbreviations are not read: "Miss.", "Wash." and "US" are also
// English words.
func GazetteerPlace(name string) string {
	key := aliasKey(name)
	if c := places[key]; c != "" && aliasKey(c) == key {
		return c
	}
	return ""
}

// IsCountry reports whether a name stands for a country of the gazetteer
// ("U.S." and "Mexico" do; "Ohio" and "Paris" do not).
func IsCountry(name string) bool { return countries[places[aliasKey(name)]] }

// IsUSStateName reports whether a name stands for a U.S. state.
func IsUSStateName(name string) bool { return usStates[places[aliasKey(name)]] }
