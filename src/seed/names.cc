#include "seed/names.h"

namespace probity::seed {

const WeightedNames& MaleFirstNames() {
  static const WeightedNames kNames = {
      {"John",        "David",    "Michael", "James",   "Paul",   "Mark",  "Daniel",  "Thomas",
       "Christopher", "Andrew",   "Robert",  "Stephen", "Lee",    "Ryan",  "Jamie",   "Liam",
       "Craig",       "Jordan",   "Dean",    "Scott",   "Kevin",  "Gary",  "Anthony", "Matthew",
       "Adam",        "Luke",     "Callum",  "Connor",  "Kieran", "Jason", "Shane",   "Wayne",
       "Darren",      "Carl",     "Peter",   "Richard", "Joseph", "Jack",  "Harry",   "Ben",
       "Sam",         "Mohammed", "Ali",     "Aaron",   "Nathan", "Jim",   "Tyler",   "Reece",
       "Kyle",        "Sean"},
      {60, 55, 50, 45, 35, 35, 40, 30, 30, 30, 25, 25, 25, 30, 25, 30, 25,
       25, 20, 20, 20, 20, 20, 20, 20, 20, 15, 15, 15, 15, 12, 12, 12, 12,
       12, 12, 12, 15, 12, 10, 10, 15, 8,  10, 10, 8,  10, 10, 10, 10}};
  return kNames;
}

const WeightedNames& FemaleFirstNames() {
  static const WeightedNames kNames = {
      {"Sarah",    "Emma",      "Laura",   "Claire",   "Gemma",  "Lisa",     "Kelly",
       "Michelle", "Rachel",    "Amy",     "Danielle", "Stacey", "Jade",     "Chloe",
       "Hannah",   "Jessica",   "Rebecca", "Nicola",   "Leanne", "Samantha", "Victoria",
       "Natalie",  "Charlotte", "Zoe",     "Kirsty"},
      {40, 30, 30, 25, 25, 25, 25, 20, 20, 20, 15, 15, 15,
       15, 15, 15, 15, 15, 10, 15, 10, 10, 10, 10, 10}};
  return kNames;
}

const WeightedNames& Surnames() {
  static const WeightedNames kNames = {
      {"Smith",     "Jones",     "Williams", "Taylor",   "Brown",    "Davies",     "Evans",
       "Wilson",    "Thomas",    "Johnson",  "Roberts",  "Robinson", "Thompson",   "Wright",
       "Walker",    "White",     "Edwards",  "Hughes",   "Green",    "Hall",       "Lewis",
       "Harris",    "Clarke",    "Patel",    "Jackson",  "Wood",     "Turner",     "Martin",
       "Cooper",    "Hill",      "Ward",     "Morris",   "Moore",    "Clark",      "Lee",
       "King",      "Baker",     "Harrison", "Morgan",   "Allen",    "James",      "Scott",
       "Phillips",  "Watson",    "Davis",    "Parker",   "Price",    "Bennett",    "Young",
       "Griffiths", "Mitchell",  "Kelly",    "Cook",     "Carter",   "Richardson", "Bailey",
       "Collins",   "Bell",      "Shaw",     "Murphy",   "Miller",   "Cox",        "Richards",
       "Khan",      "Marshall",  "Anderson", "Simpson",  "Ellis",    "Adams",      "Singh",
       "Begum",     "Wilkinson", "Foster",   "Chapman",  "Powell",   "Webb",       "Rogers",
       "Gray",      "Mason",     "Ali",      "Hunt",     "Hussain",  "Campbell",   "Matthews",
       "Owen",      "Palmer",    "Holmes",   "Mills",    "Barnes",   "Knight",     "Lloyd",
       "Butler",    "Russell",   "Barker",   "Fisher",   "Stevens",  "Jenkins",    "Murray",
       "Dixon",     "Harvey",    "O'Brien",  "McDonald", "Okafor",   "Nowak",      "Kowalski"},
      {100, 80, 70, 60, 60, 50, 45, 45, 40, 40, 35, 35, 35, 35, 35, 30, 30, 30, 30, 30, 30,
       30,  25, 25, 25, 25, 25, 25, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 15, 15,
       15,  15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 12, 12, 12, 12, 12, 12, 12,
       12,  10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8,
       8,   8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  6,  6,  5,  5,  5}};
  return kNames;
}

const std::vector<std::string_view>& AreaNames() {
  static const std::vector<std::string_view> kAreas = {"Leeds",
                                                       "Manchester North",
                                                       "Manchester South",
                                                       "Liverpool North",
                                                       "Liverpool South",
                                                       "Birmingham Central",
                                                       "Birmingham North",
                                                       "Sheffield",
                                                       "Bradford",
                                                       "Cardiff and Vale",
                                                       "Swansea",
                                                       "Newcastle",
                                                       "Sunderland",
                                                       "Bristol",
                                                       "Nottingham",
                                                       "Leicester",
                                                       "Coventry",
                                                       "Hull",
                                                       "Stoke",
                                                       "Wolverhampton",
                                                       "Plymouth",
                                                       "Southampton",
                                                       "Portsmouth",
                                                       "Brighton",
                                                       "Norwich",
                                                       "Ipswich",
                                                       "Cambridge",
                                                       "Oxford",
                                                       "Reading",
                                                       "Kent North",
                                                       "Kent South",
                                                       "Lambeth",
                                                       "Southwark",
                                                       "Hackney",
                                                       "Croydon",
                                                       "Ealing",
                                                       "Barnet",
                                                       "Newham",
                                                       "Derby",
                                                       "Lincoln",
                                                       "Preston",
                                                       "Blackburn",
                                                       "Wigan",
                                                       "Bolton",
                                                       "Oldham",
                                                       "Stockport",
                                                       "Wirral",
                                                       "Doncaster",
                                                       "Rotherham",
                                                       "Wakefield",
                                                       "Kirklees",
                                                       "Calderdale",
                                                       "York",
                                                       "Teesside",
                                                       "Durham",
                                                       "Northumberland",
                                                       "Cumbria",
                                                       "Gloucester",
                                                       "Exeter",
                                                       "Swindon",
                                                       "Luton",
                                                       "Northampton",
                                                       "Milton Keynes",
                                                       "Peterborough",
                                                       "Chelmsford",
                                                       "Colchester",
                                                       "Southend",
                                                       "Guildford",
                                                       "Worthing",
                                                       "Bournemouth",
                                                       "Taunton",
                                                       "Hereford",
                                                       "Shrewsbury",
                                                       "Telford",
                                                       "Walsall",
                                                       "Dudley",
                                                       "Sandwell",
                                                       "Newport",
                                                       "Wrexham",
                                                       "Bangor",
                                                       "Merthyr Tydfil",
                                                       "Carlisle",
                                                       "Barrow",
                                                       "Lancaster",
                                                       "Blackpool",
                                                       "Chester",
                                                       "Warrington",
                                                       "Halton",
                                                       "Sefton",
                                                       "Knowsley"};
  return kAreas;
}

const std::vector<Offence>& Offences() {
  static const std::vector<Offence> kOffences = {
      {"theft_non_motor", "Theft from a shop", 22},
      {"violence", "Assault occasioning actual bodily harm", 18},
      {"violence", "Common assault", 10},
      {"drink_driving", "Driving with excess alcohol", 9},
      {"burglary_domestic", "Burglary of a dwelling", 5},
      {"burglary_other", "Burglary of a commercial premises", 3},
      {"drug_possession_supply", "Possession with intent to supply a class B drug", 7},
      {"criminal_damage", "Criminal damage", 6},
      {"public_order", "Using threatening behaviour (Public Order Act s.4)", 5},
      {"fraud_forgery", "Fraud by false representation", 4},
      {"handling", "Handling stolen goods", 2},
      {"robbery", "Robbery", 2},
      {"other_motoring", "Driving while disqualified", 3},
      {"taking_driving_away", "Aggravated vehicle taking", 1},
      {"theft_from_vehicles", "Theft from a motor vehicle", 1},
      {"absconding_bail", "Failing to surrender to bail", 1},
      {"sexual_not_child", "Sexual assault", 1},
      {"other", "Harassment", 2},
  };
  return kOffences;
}

}  // namespace probity::seed
