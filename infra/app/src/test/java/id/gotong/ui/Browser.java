package id.gotong.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Headless Chromium driven by Selenium, with the browser and driver of the Debian packages: both paths are given, so
 * Selenium Manager never runs and nothing is downloaded. The browser asks for Indonesian, as most visitors' do.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(375, 812);

    final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(EnabledIfChromium.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=id", "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--hide-scrollbars",
                "--disable-extensions", "--no-first-run", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(EnabledIfChromium.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T waitFor(Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.apply(driver));
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** The whole page, not only the visible part: the window grows to the page's height for the shot. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(Math.max(height, 400), 8000)));
        script("window.scrollTo(0, 0)");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
