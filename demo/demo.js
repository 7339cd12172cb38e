// The demo's language menu changes <html lang>, which every widget follows.
const switcher = document.getElementById('locale-switcher');
switcher.value = document.documentElement.lang;
switcher.addEventListener('change', () => {
  document.documentElement.lang = switcher.value;
});
